import type { SpreadStats } from "../types";

/**
 * Spread of per-territory loads: min, max, mean, population standard deviation, coefficient of variation, Gini
 * (mean absolute difference over twice the mean) and the largest |deviation| from target (deviations given).
 * A zero mean gives cv = gini = 0: nothing to spread.
 */
export function spreadStats(values: readonly number[], deviations: readonly number[]): SpreadStats {
  const count = values.length;
  if (count === 0) return { min: 0, max: 0, mean: 0, stdDev: 0, cv: 0, gini: 0, maxDeviation: 0 };
  const mean = values.reduce((sum, value) => sum + value, 0) / count;
  const variance = values.reduce((sum, value) => sum + (value - mean) ** 2, 0) / count;
  const stdDev = Math.sqrt(variance);
  // Σ_i Σ_j |x_i − x_j| in O(n log n): sorted ascending, x_(k) appears with + sign k times and − sign (n−1−k) times.
  const sorted = [...values].sort((a, b) => a - b);
  const pairSum = sorted.reduce((sum, value, k) => sum + value * (2 * k - count + 1), 0) * 2;
  return {
    min: sorted[0] as number,
    max: sorted[count - 1] as number,
    mean,
    stdDev,
    cv: mean === 0 ? 0 : stdDev / mean,
    gini: mean === 0 ? 0 : pairSum / (2 * count * count * mean),
    maxDeviation: deviations.reduce((max, deviation) => Math.max(max, Math.abs(deviation)), 0),
  };
}
