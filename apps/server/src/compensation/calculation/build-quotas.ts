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

/**
 * Quota per period in the plan currency: each piece converted at its month's rate (rounded to the currency's minor
 * unit, half-up), then summed exactly. A piece with no rate makes the period's quota unknown and is reported.
 */
export function buildQuotas(
  periods: ReadonlyMap<string, QuotaPiece[]> | undefined,
  currency: string,
  rateOf: RateIndex,
  report: (problem: CalcProblem) => void,
): Record<string, string> {
  const quotas: Record<string, string> = {};
  if (!periods) return quotas;
  for (const [periodKey, pieces] of periods) {
    const amounts: string[] = [];
    for (const piece of pieces) {
      if (piece.currency === currency) {
        amounts.push(piece.amount);
        continue;
      }
      const rate = rateOf(piece.currency, piece.month);
      if (rate === null) {
        report({
          code: "missing_rate",
          message: `No ${piece.currency}→${currency} rate for ${piece.month.slice(0, 7)}: the ${periodKey} quota is unknown.`,
        });
        amounts.length = 0;
        break;
      }
      amounts.push(convertAmount(piece.amount, rate, currency, "half_up"));
    }
    if (amounts.length > 0) quotas[periodKey] = sumAmounts(amounts);
  }
  return quotas;
}
