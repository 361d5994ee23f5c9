import Decimal from "decimal.js";
import { EngineInputError } from "../../errors";
import { Dec, toDec } from "../../money/decimal";

/** A model figure (a float) as an amount: 2 decimals, half up, with decimal.js so the rounding is the named one. */
export function toAmount(value: number): string {
  if (!Number.isFinite(value)) throw new EngineInputError(`A potential out of range: ${value}`, value);
  return new Dec(value.toPrecision(17)).toDecimalPlaces(2, Decimal.ROUND_HALF_UP).toFixed(2);
}

/** The larger of a model amount and the account's best year, as a 2-decimal amount, and whether the year won. */
export function atLeastBestYear(
  amount: string,
  bestYear: Dec | null,
): { potential: string; ownHistory: boolean } {
  if (bestYear === null || bestYear.lte(toDec(amount))) return { potential: amount, ownHistory: false };
  return { potential: bestYear.toDecimalPlaces(2, Decimal.ROUND_HALF_UP).toFixed(2), ownHistory: true };
}

/** The account's best year of net bookings (null without any year). */
export function bestYearOf(revenueByYear: Record<string, string>): { year: string; amount: Dec } | null {
  let best: { year: string; amount: Dec } | null = null;
  for (const [year, text] of Object.entries(revenueByYear)) {
    const amount = toDec(text);
    if (best === null || amount.gt(best.amount)) best = { year, amount };
  }
  return best;
}

/** Bookings in `year` when the account was a customer that year (above 0), else null. */
export function bookingsIn(revenueByYear: Record<string, string>, year: string): string | null {
  const text = revenueByYear[year];
  return text !== undefined && toDec(text).gt(0) ? text : null;
}
