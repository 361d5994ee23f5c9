import { describe, expect, it } from "vitest";
import type { RunRate } from "../../api/forecast-types";
import { seriesValues } from "../shared/chart-option";
import { buildRunRateOption, runRateMonths } from "./build-run-rate-option";

const labels = {
  history: "Actual",
  monthSoFar: "This month so far",
  theta: "Theta",
  band: "80% band",
  arima: "ARIMA",
  seasonalNaive: "Seasonal naive",
};
const runRate: RunRate = {
  currency: "EUR",
  history: [
    { month: "2026-10", amount: "100.00" },
    { month: "2026-11", amount: "120.00" },
  ],
  forecast: [
    { month: "2026-12", theta: "130.00", low: "110.00", high: "150.50", arima: null, seasonalNaive: "90.00" },
    { month: "2027-01", theta: "135.00", low: "105.00", high: "165.00", arima: null, seasonalNaive: "95.00" },
  ],
  method: "theta",
  holdout: {
    months: 6,
    theta: { smape: "12.1", mase: "0.9" },
    seasonalNaive: { smape: "15", mase: "1" },
    arima: null,
  },
};

describe("buildRunRateOption", () => {
  it("history then forecast months; the forecasts start from the last actual (120); no ARIMA series when absent", () => {
    const option = buildRunRateOption(runRate, { locale: "en", labels });
    expect((option.xAxis as { data: string[] }).data).toEqual(["Oct 26", "Nov 26", "Dec 26", "Jan 27"]);
    expect(seriesValues(option)).toEqual([
      { name: "80% band-low", values: [null, null, 110, 105] },
      // 150.50 − 110.00 = 40.50 (exact, before it becomes a position)
      { name: "80% band", values: [null, null, 40.5, 60] },
      { name: "Actual", values: [100, 120, null, null] },
      { name: "Theta", values: [null, 120, 130, 135] },
      { name: "Seasonal naive", values: [null, 120, 90, 95] },
    ]);
  });

  it("today's month so far is its own point on the first forecast month; ARIMA appears when sent", () => {
    const withArima: RunRate = {
      ...runRate,
      currentMonth: { month: "2026-12", amount: "40.00" },
      forecast: runRate.forecast.map((f, i) => ({ ...f, arima: i === 0 ? "125.00" : "128.00" })),
    };
    expect(runRateMonths(withArima)).toEqual(["2026-10", "2026-11", "2026-12", "2027-01"]);
    const series = seriesValues(buildRunRateOption(withArima, { locale: "en", labels }));
    expect(series.find((s) => s.name === "This month so far")?.values).toEqual([null, null, 40, null]);
    expect(series.find((s) => s.name === "ARIMA")?.values).toEqual([null, 120, 125, 128]);
  });
});
