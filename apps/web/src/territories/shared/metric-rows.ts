import type { BalanceMetrics, SpreadStats } from "../../api/territory-types";

export type SpreadStat = "min" | "max" | "stdDev" | "gini";
export type MetricRow = {
  measure: "potential" | "workload";
  stat: SpreadStat;
  before: number | null;
  after: number;
  /** true when "after" is more balanced (a higher minimum, a lower maximum, spread or Gini); null when equal. */
  better: boolean | null;
};

const STATS: readonly SpreadStat[] = ["min", "max", "stdDev", "gini"];
// Balanced means the smallest territory grows, the largest shrinks, and the spread and Gini fall.
const higherIsBetter: Record<SpreadStat, boolean> = { min: true, max: false, stdDev: false, gini: false };

/** The equity figures of two assignments side by side (before/after a rebalance, or two plans compared). */
export function buildMetricRows(before: BalanceMetrics | null, after: BalanceMetrics): MetricRow[] {
  return (["potential", "workload"] as const).flatMap((measure) =>
    STATS.map((stat) => {
      const b = before ? pick(before[measure], stat) : null;
      const a = pick(after[measure], stat);
      return { measure, stat, before: b, after: a, better: compare(b, a, higherIsBetter[stat]) };
    }),
  );
}

function pick(stats: SpreadStats, stat: SpreadStat): number {
  return stats[stat];
}

function compare(before: number | null, after: number, higher: boolean): boolean | null {
  if (before === null) return null;
  // Within a rounding hair the two are the same figure.
  if (Math.abs(after - before) <= 1e-9 * Math.max(1, Math.abs(before))) return null;
  return higher ? after > before : after < before;
}
