import { convertAmount, type ExchangeRate, sumAmounts } from "@attain/engine";
import type { CalcProblem } from "./calc-db";
import type { QuotaPiece } from "./load-quota-sources";

/** Month rates into one currency, looked up by `from` and the month a piece is converted at. */
export type RateIndex = (from: string, month: string) => string | null;

export function rateIndexOf(rates: readonly ExchangeRate[], to: string): RateIndex {
  const byKey = new Map<string, string>();
  const sorted = rates.filter((r) => r.to === to).sort((a, b) => (a.validFrom < b.validFrom ? -1 : 1));
  const byFrom = new Map<string, { validFrom: string; rate: string }[]>();
  for (const r of sorted) byFrom.set(r.from, [...(byFrom.get(r.from) ?? []), r]);
  return (from, month) => {
    const key = `${from} ${month}`;
    const known = byKey.get(key);
    if (known !== undefined) return known;
    const found = (byFrom.get(from) ?? []).filter((r) => r.validFrom <= month).at(-1)?.rate ?? null;
    if (found !== null) byKey.set(key, found);
    return found;
  };
}

/** A piece converted into the plan currency, with the piece it came from. */
export type ConvertedPiece = { piece: QuotaPiece; amount: string };

/**
 * Quota pieces per period in the plan currency: each piece converted at its month's rate (rounded to the currency's
 * minor unit, half-up). A piece with no rate makes the period's quota unknown (left out) and is reported.
 */
export function convertQuotaPieces(
  periods: ReadonlyMap<string, QuotaPiece[]> | undefined,
  currency: string,
  rateOf: RateIndex,
  report: (problem: CalcProblem) => void,
): Map<string, ConvertedPiece[]> {
  const out = new Map<string, ConvertedPiece[]>();
  if (!periods) return out;
  for (const [periodKey, pieces] of periods) {
    const converted: ConvertedPiece[] = [];
    for (const piece of pieces) {
      if (piece.currency === currency) {
        converted.push({ piece, amount: piece.amount });
        continue;
      }
      const rate = rateOf(piece.currency, piece.month);
      if (rate === null) {
        report({
          code: "missing_rate",
          message: `No ${piece.currency}→${currency} rate for ${piece.month.slice(0, 7)}: the ${periodKey} quota is unknown.`,
        });
        converted.length = 0;
        break;
      }
      converted.push({ piece, amount: convertAmount(piece.amount, rate, currency, "half_up") });
    }
    if (converted.length > 0) out.set(periodKey, converted);
  }
  return out;
}

/** Quota per period in the plan currency, as stored: the converted pieces summed exactly (no proration or ramp). */
export function buildQuotas(
  periods: ReadonlyMap<string, QuotaPiece[]> | undefined,
  currency: string,
  rateOf: RateIndex,
  report: (problem: CalcProblem) => void,
): Record<string, string> {
  const quotas: Record<string, string> = {};
  for (const [periodKey, converted] of convertQuotaPieces(periods, currency, rateOf, report))
    quotas[periodKey] = sumAmounts(converted.map((c) => c.amount));
  return quotas;
}
