import { describe, expect, it } from "vitest";
import type { ForecastTrend, TrendPoint } from "../../api/forecast-types";
import { seriesValues } from "../shared/chart-option";
import { buildTrendChartOption } from "./build-trend-chart-option";

const labels = {
  commitForecast: "Commit forecast",
  bestCaseForecast: "Best-case forecast",
  closed: "Closed",
  statisticalExpected: "Statistical expected",
  band: "p10–p90",
};
const point = (takenOn: string, partial: Partial<TrendPoint>): TrendPoint => ({
  takenOn,
  kind: "weekly",
  closed: "0.00",
  commit: "0.00",
  bestCase: "0.00",
  pipeline: "0.00",
  commitForecast: "0.00",
  bestCaseForecast: "0.00",
  ownCommit: null,
  ownBestCase: null,
  statisticalExpected: null,
  statisticalLow: null,
  statisticalHigh: null,
  ...partial,
});
const trend: ForecastTrend = {
  period: {
    id: "p",
    label: "Q4 FY2026",
    startsOn: "2026-10-01",
    endsOn: "2026-12-31",
    status: "open",
    closedAt: null,
  },
  currency: "EUR",
  personId: "x",
  name: "Ann",
  points: [
    point("2026-11-09", {
      closed: "1000.00",
      commitForecast: "5000.00",
      bestCaseForecast: "8000.00",
      statisticalExpected: "6000.00",
      statisticalLow: "4000.10",
      statisticalHigh: "9000.30",
    }),
    point("2026-11-16", { closed: "2000.00", commitForecast: "5500.00", bestCaseForecast: "8100.00" }),
  ],
};

describe("buildTrendChartOption", () => {
  const option = buildTrendChartOption(trend, { locale: "en", labels });
  it("one category per snapshot, formatted as dates", () =>
    expect((option.xAxis as { data: string[] }).data).toEqual(["9 Nov 2026", "16 Nov 2026"]));

  it("draws the band as low + (9000.30 − 4000.10 = 5000.20), gaps where the snapshot had no statistical figure", () =>
    expect(seriesValues(option)).toEqual([
      { name: "p10–p90-low", values: [4000.1, null] },
      { name: "p10–p90", values: [5000.2, null] },
      { name: "Commit forecast", values: [5000, 5500] },
      { name: "Best-case forecast", values: [8000, 8100] },
      { name: "Closed", values: [1000, 2000] },
      { name: "Statistical expected", values: [6000, null] },
    ]));

  it("the tooltip reads the decimal strings, not the positions", () => {
    const formatter = (option.tooltip as { formatter: (p: { dataIndex: number }[]) => string }).formatter;
    expect(formatter([{ dataIndex: 0 }])).toBe(
      "<strong>9 Nov 2026</strong><br/>Commit forecast: <strong>€5,000.00</strong><br/>Best-case forecast: €8,000.00<br/>Closed: €1,000.00<br/>Statistical expected: €6,000.00 (€4,000.10 – €9,000.30)",
    );
  });
});
