import { scaleOf } from "../money/decimal";
import { convertAmount } from "../money/convert-amount";
import type { RoundingMode } from "../money/round-amount";
import type { PreparedMeasure } from "./scale-measures";
import type { CreditingError, Transaction } from "./types";

const PLAIN = /^-?\d+(\.\d+)?$/;

/**
 * Checks a transaction's measures and converts the monetary ones into the plan currency: each measure once, at
 * the rate of the credit date, rounded to the minor unit (decision 002: convert each line, then sum exactly), so
 * the shares of a transaction always add up to its converted amount. Quantities are never converted. A missing
 * rate or a malformed amount is an error on the transaction, never a silent drop.
 */
export function prepareMeasures(
  tx: Transaction,
  planCurrency: string,
  rateOf: (from: string, date: string) => string | null,
  quantities: ReadonlySet<string>,
  mode: RoundingMode,
): { measures: PreparedMeasure[] } | { error: CreditingError } {
  const names = Object.keys(tx.measures).sort();
  const bad = names.find((name) => !PLAIN.test(tx.measures[name] ?? ""));
  if (bad !== undefined) {
    const message = `measure ${bad} is not a plain decimal: ${JSON.stringify(tx.measures[bad])}`;
    return { error: { transactionId: tx.id, field: `measures.${bad}`, message } };
  }
  const converting = tx.currency !== planCurrency && names.some((name) => !quantities.has(name));
  const rate = converting ? rateOf(tx.currency, tx.date) : null;
  if (converting && rate === null) {
    const message = `no ${tx.currency}→${planCurrency} exchange rate on or before ${tx.date}`;
    return { error: { transactionId: tx.id, field: "currency", message } };
  }
  const measures = names.map((name) => {
    const raw = tx.measures[name] ?? "0";
    const text = rate === null || quantities.has(name) ? raw : convertAmount(raw, rate, planCurrency, mode);
    return { name, text, value: null, scale: scaleOf(text) };
  });
  return { measures };
}
