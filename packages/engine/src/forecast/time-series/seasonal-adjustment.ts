import { isSeasonal } from "./is-seasonal";
import { multiplicativeSeasonalIndices } from "./multiplicative-seasonal-indices";

export type SeasonalAdjustment = {
  seasonal: boolean;
  /** y divided by its seasonal index (y itself when not seasonal). */
  adjusted: number[];
  /** The index to multiply a forecast h steps past the end by. */
  indexAhead(h: number): number;
};

/**
 * The M3 convention for seasonal methods: deseasonalise by classical multiplicative decomposition only when the
 * 90 % autocorrelation test says the series is seasonal (and no index is ~0 or the series non-positive, where
 * dividing would blow up), forecast the adjusted series, then multiply the seasonality back in.
 */
export function seasonalAdjustment(y: readonly number[], period: number): SeasonalAdjustment {
  const none: SeasonalAdjustment = { seasonal: false, adjusted: [...y], indexAhead: () => 1 };
  if (!isSeasonal(y, period) || y.some((value) => value <= 0)) return none;
  const indices = multiplicativeSeasonalIndices(y, period);
  if (indices.some((index) => !(Math.abs(index) > 1e-4) || !Number.isFinite(index))) return none;
  const n = y.length;
  return {
    seasonal: true,
    adjusted: y.map((value, t) => value / indices[t % period]!),
    indexAhead: (h) => indices[(n - 1 + h) % period]!,
  };
}
