import { describe, expect, it } from "vitest";
import type { TierTable } from "../../api/comp-types";
import { buildTierChartOption, openEnd, tierChartPoints } from "./build-tier-chart-option";

const marginal: TierTable = {
  name: "Commission",
  basis: "attainment",
  method: "marginal",
  boundary: "upper",
  tiers: [
    { from: "0", to: "0.5", rate: "0.02" },
    { from: "0.5", to: "1", rate: "0.05" },
    { from: "1", to: null, rate: "0.08" },
  ],
};
const labels = { rate: "Rate", basis: "Attainment" };
type Series = { type: string; step: string | false; data: { value: [number, number]; symbol: string }[] };
const seriesOf = (table: TierTable) =>
  (buildTierChartOption(table, { locale: "en", currency: "EUR", labels }).series as Series[])[0];

describe("tierChartPoints", () => {
  it("marginal: steps at 2 % from 0, 5 % from 50 %, 8 % from 100 % to the open end 150 %", () =>
    expect(tierChartPoints(marginal).map((p) => p.value)).toEqual([
      [0, 0.02],
      [0.5, 0.05],
      [1, 0.08],
      [1.5, 0.08],
    ]));
  it("boundary upper: each band's start point is filled (the boundary value belongs to it)", () =>
    expect(tierChartPoints(marginal).map((p) => p.symbol)).toEqual([
      "circle",
      "circle",
      "circle",
      "emptyCircle",
    ]));
  it("boundary lower: starts after the first are hollow (the boundary value belongs to the band below)", () =>
    expect(tierChartPoints({ ...marginal, boundary: "lower" }).map((p) => p.symbol)).toEqual([
      "circle",
      "emptyCircle",
      "emptyCircle",
      "emptyCircle",
    ]));
  it("interpolated: 0 → 100 % from 0 % to 10 %, then 100 % → 200 % from 10 % to 15 % (lines, two points a band)", () =>
    expect(
      tierChartPoints({
        ...marginal,
        method: "interpolated",
        tiers: [
          { from: "0", to: "1", rate: "0", rateAtTo: "0.1" },
          { from: "1", to: "2", rate: "0.1", rateAtTo: "0.15" },
        ],
      }).map((p) => p.value),
    ).toEqual([
      [0, 0],
      [1, 0.1],
      [1, 0.1],
      [2, 0.15],
    ]));
  it("open end: from 1 → 1.5, from 0 → 1", () => {
    expect(openEnd(1)).toBe(1.5);
    expect(openEnd(0)).toBe(1);
  });
});

describe("buildTierChartOption", () => {
  it("marginal and retroactive draw steps ('end': flat until the next band), interpolated draws lines", () => {
    expect(seriesOf(marginal)?.step).toBe("end");
    expect(seriesOf({ ...marginal, method: "retroactive" })?.step).toBe("end");
    expect(seriesOf({ ...marginal, method: "interpolated" })?.step).toBe(false);
  });
  it("attainment axis in percent: 1.5 → 150%; amount axis in compact money: 250000 → €250.0k (the shared compact money format)", () => {
    const attainment = buildTierChartOption(marginal, { locale: "en", currency: "EUR", labels });
    const amount = buildTierChartOption(
      { ...marginal, basis: "amount" },
      { locale: "en", currency: "EUR", labels },
    );
    const label = (o: typeof attainment) =>
      (o.xAxis as { axisLabel: { formatter: (v: number) => string } }).axisLabel.formatter;
    expect(label(attainment)(1.5)).toBe("150%");
    expect(label(amount)(250000)).toBe("€250.0k");
  });
  it("tooltip: Attainment 50% · Rate 5%", () => {
    const option = buildTierChartOption(marginal, { locale: "en", currency: "EUR", labels });
    const formatter = (option.tooltip as { formatter: (p: unknown) => string }).formatter;
    expect(formatter([{ value: [0.5, 0.05] }])).toBe("Attainment: 50%<br/>Rate: <strong>5%</strong>");
  });
});
