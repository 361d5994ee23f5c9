import { describe, expect, it } from "vitest";
import type { FairnessReport } from "../../api/planning-types";
import {
  attainmentColors,
  bandLabels,
  buildAttainmentChartOption,
  expectedRepsByBand,
} from "./build-attainment-chart-option";

const histogram = (bins: Record<number, number>) => Array.from({ length: 21 }, (_, i) => bins[i] ?? 0);
const rep = (id: string, bins: Record<number, number>) => ({
  id,
  personId: id,
  name: id,
  quota: "1000000.00",
  teamId: "team",
  pThreshold: 0.5,
  pQuota: 0.2,
  mean: 0.8,
  p10: 0.5,
  p50: 0.8,
  p90: 1.1,
  histogram: histogram(bins),
  outlier: null,
});
const group = {
  id: "company",
  name: "Company",
  reps: 2,
  expectedShare: 0.5,
  shareP10: 0,
  shareP90: 1,
  meetsRule: false,
  outliers: 0,
};
const report: FairnessReport = {
  // Ann: 60 of 100 draws in 60–70%, 40 in 90–100%; Bob: all 100 in 110–120%.
  reps: [rep("ann", { 6: 60, 9: 40 }), rep("bob", { 11: 100 })],
  scenarioId: "s",
  teams: [],
  company: group,
  excluded: [],
  draws: 100,
  seed: 42,
  model: "test",
  threshold: "0.7",
};
const labels = { reps: "Reps", threshold: "Threshold", band: "Attainment" };

describe("expectedRepsByBand", () => {
  it("Ann 60/100 + 40/100, Bob 100/100 → 0.6 reps in 60–70%, 0.4 in 90–100%, 1 in 110–120%", () => {
    const bands = expectedRepsByBand(report);
    expect(bands[6]).toBe(0.6);
    expect(bands[9]).toBe(0.4);
    expect(bands[11]).toBe(1);
    expect(bands.reduce((a, b) => a + b, 0)).toBe(2);
  });
  it("no draws → all zero", () => expect(expectedRepsByBand({ reps: [], draws: 0 })).toEqual(histogram({})));
});

describe("buildAttainmentChartOption", () => {
  const option = buildAttainmentChartOption(report, { locale: "en", labels });
  const [bars] = option.series as {
    data: { value: number; itemStyle: { color: string } }[];
    markLine: { data: { xAxis: number }[] };
  }[];

  it("21 bands, 0–10% first and ≥200% last", () => {
    expect(bandLabels("en")).toHaveLength(21);
    expect(bandLabels("en")[0]).toBe("0–10%");
    expect(bandLabels("en")[20]).toBe("≥200%");
  });
  it("bands under 70% (0–6) are orange, 70–80% on are green", () => {
    expect(bars?.data[6]?.itemStyle.color).toBe(attainmentColors.below);
    expect(bars?.data[7]?.itemStyle.color).toBe(attainmentColors.atOrAbove);
  });
  it("the 70% line sits between band 6 (60–70%) and band 7 (70–80%): 6.5", () =>
    expect(bars?.markLine.data).toEqual([{ xAxis: 6.5 }]));
  it("tooltip for 60–70%: 0.6 reps", () => {
    const formatter = (option.tooltip as { formatter: (p: unknown) => string }).formatter;
    expect(formatter([{ dataIndex: 6 }])).toBe("Attainment: <strong>60–70%</strong><br/>Reps: 0.6");
  });
});
