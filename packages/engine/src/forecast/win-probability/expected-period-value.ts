import Decimal from "decimal.js";
import { EngineInputError } from "../../errors";

export type PeriodDeal = {
  /** Reporting amount, decimal string. */
  amount: string;
  winProbability: number;
  closeInPeriodProbability: number;
};

/**
 * Expected value of a period, exact to the cent: closed + Σ amount × p_win × p_in_period, where both probabilities
 * are first rounded to 4 decimals (the figures shown) and each deal's value is rounded half-up to the cent, so the
 * total is the sum of the per-deal figures a reader can check.
 */
export function expectedPeriodValue(input: { closed: string; deals: readonly PeriodDeal[] }): {
  expected: string;
  dealValues: string[];
} {
  let total = new Decimal(input.closed);
  const dealValues = input.deals.map((deal) => {
    const value = dealExpectedValue(deal);
    total = total.plus(value);
    return value.toFixed(2);
  });
  return { expected: total.toFixed(2), dealValues };
}

export function dealExpectedValue(deal: PeriodDeal): Decimal {
  return new Decimal(deal.amount)
    .times(roundProbability(deal.winProbability))
    .times(roundProbability(deal.closeInPeriodProbability))
    .toDecimalPlaces(2, Decimal.ROUND_HALF_UP);
}

/** A probability as shown and used in sums: 4 decimals, half-up. */
export function roundProbability(p: number): string {
  if (!Number.isFinite(p) || p < 0 || p > 1)
    throw new EngineInputError("A probability must be between 0 and 1", p);
  return new Decimal(p).toDecimalPlaces(4, Decimal.ROUND_HALF_UP).toFixed(4);
}
