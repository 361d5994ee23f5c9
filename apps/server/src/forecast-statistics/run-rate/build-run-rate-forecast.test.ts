import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { buildRunRateForecast } from "./build-run-rate-forecast";

const monthsFrom = (start: number, amounts: string[]) =>
  amounts.map((amount, i) => ({
    month: new Date(Date.UTC(2020, start + i, 1)).toISOString().slice(0, 7),
    amount,
  }));

describe("buildRunRateForecast", () => {
  it("no complete month: no forecast, and says so", () => {
    const result = buildRunRateForecast({ currency: "EUR", history: [], months: 6, ARIMA: null });
    expect(result).toEqual({
      forecast: [],
      method: "none",
      holdout: null,
      notes: ["No complete month of bookings yet: nothing to forecast."],
    });
  });

  it("a flat 1000.00 for 20 months forecasts 1000.00 with a zero-width interval; holdout sMAPE 0.00, MASE null", () => {
    const history = monthsFrom(0, new Array(20).fill("1000.00"));
    const result = buildRunRateForecast({ currency: "EUR", history, months: 3, ARIMA: null });
    expect(result.forecast).toEqual(
      ["2021-09", "2021-10", "2021-11"].map((month) => ({
        month,
        theta: "1000.00",
        low: "1000.00",
        high: "1000.00",
        arima: null,
        seasonalNaive: "1000.00",
      })),
    );
    // A series that repeats itself has no seasonal-naive scale, so MASE is undefined rather than infinite.
    expect(result.holdout).toEqual({
      months: 6,
      theta: { smape: "0.00", mase: null },
      seasonalNaive: { smape: "0.00", mase: null },
      arima: null,
    });
    expect(result.notes).toContain("SARIMA not shown: the `arima` package is not installed.");
  });

  it("rounds to the currency's minor unit: JPY amounts have no decimals", () => {
    const history = monthsFrom(0, ["1000", "1001", "1003", "1002", "1004"]);
    const result = buildRunRateForecast({ currency: "JPY", history, months: 2, ARIMA: null });
    for (const row of result.forecast)
      for (const value of [row.theta, row.low, row.high]) expect(value).toMatch(/^-?\d+$/);
  });

  it("any history of net bookings (zero and negative months included) gives decimal strings, `months` of them", () => {
    const cents = fc.integer({ min: -500_000, max: 5_000_000 }).map((c) => (c / 100).toFixed(2));
    fc.assert(
      fc.property(
        fc.array(cents, { minLength: 2, maxLength: 40 }),
        fc.integer({ min: 1, max: 24 }),
        (amounts, months) => {
          const result = buildRunRateForecast({
            currency: "EUR",
            history: monthsFrom(0, amounts),
            months,
            ARIMA: null,
          });
          expect(result.forecast).toHaveLength(months);
          for (const row of result.forecast)
            for (const value of [row.theta, row.low, row.high, row.seasonalNaive])
              expect(value).toMatch(/^-?\d+\.\d{2}$/);
        },
      ),
      { numRuns: 60 },
    );
  });
});
