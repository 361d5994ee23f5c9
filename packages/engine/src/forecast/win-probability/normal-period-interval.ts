/** z of the 90th percentile of the standard normal. */
const Z90 = 1.2815515655446004;

/**
 * The p10–p90 interval of a sum of independent Bernoulli-weighted deals by the normal approximation: mean Σ a·q,
 * variance Σ a²·q·(1 − q), clipped to [0, Σ a]. Used where thousands of trees need an interval at once (snapshots);
 * moments add, so a tree's are the sum of its people's.
 */
export function normalPeriodInterval(moments: { mean: number; variance: number; ceiling: number }): {
  low: number;
  high: number;
} {
  const sd = Math.sqrt(Math.max(moments.variance, 0));
  return {
    low: Math.max(moments.mean - Z90 * sd, 0),
    high: Math.min(moments.mean + Z90 * sd, moments.ceiling),
  };
}

/** The moments of one deal landing its amount with probability q. */
export function dealMoments(amount: number, q: number): { mean: number; variance: number; ceiling: number } {
  return { mean: amount * q, variance: amount * amount * q * (1 - q), ceiling: amount };
}
