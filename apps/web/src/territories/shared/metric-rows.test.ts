import { describe, expect, it } from "vitest";
import type { BalanceMetrics, SpreadStats } from "../../api/territory-types";
import { buildMetricRows } from "./metric-rows";

const stats = (min: number, max: number, stdDev: number, gini: number): SpreadStats => ({
  min,
  max,
  mean: (min + max) / 2,
  stdDev,
  cv: stdDev / ((min + max) / 2),
  gini,
  maxDeviation: 0,
});
const metrics = (potential: SpreadStats, workload: SpreadStats): BalanceMetrics => ({
  territories: [],
  potential,
  workload,
  accountsMoved: 0,
  potentialMoved: "0.00",
  meanDistanceKm: null,
});

describe("buildMetricRows", () => {
  const before = metrics(stats(100, 300, 80, 0.2), stats(10, 30, 8, 0.2));
  const after = metrics(stats(180, 220, 15, 0.04), stats(10, 40, 12, 0.25));
  const rows = buildMetricRows(before, after);
  it("lists min, max, std dev and Gini of potential then workload", () => {
    expect(rows.map((r) => `${r.measure}.${r.stat}`)).toEqual([
      "potential.min",
      "potential.max",
      "potential.stdDev",
      "potential.gini",
      "workload.min",
      "workload.max",
      "workload.stdDev",
      "workload.gini",
    ]);
  });
  it("potential: min 100 → 180 better, max 300 → 220 better, std dev 80 → 15 better, Gini 0.2 → 0.04 better", () => {
    expect(rows.slice(0, 4).map((r) => [r.before, r.after, r.better])).toEqual([
      [100, 180, true],
      [300, 220, true],
      [80, 15, true],
      [0.2, 0.04, true],
    ]);
  });
  it("workload: min unchanged → null, max 30 → 40 worse, std dev 8 → 12 worse, Gini 0.2 → 0.25 worse", () => {
    expect(rows.slice(4).map((r) => r.better)).toEqual([null, false, false, false]);
  });
  it("without a 'before' (nothing assigned yet) the rows carry only 'after'", () => {
    const alone = buildMetricRows(null, after);
    expect(alone.every((r) => r.before === null && r.better === null)).toBe(true);
    expect(alone[0]?.after).toBe(180);
  });
});
