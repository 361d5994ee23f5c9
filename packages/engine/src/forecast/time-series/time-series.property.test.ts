import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { dampedTrendForecast } from "./damped-trend-forecast";
import { naive2Forecast } from "./naive2-forecast";
import { optimisedThetaForecast } from "./optimised-theta-forecast";
import { seasonalNaiveForecast } from "./seasonal-naive-forecast";
import { sesForecast } from "./ses-forecast";
import { thetaForecast } from "./theta-forecast";
import type { ForecastOptions, SeriesForecast } from "./types";

const methods: [string, (y: number[], options: ForecastOptions) => SeriesForecast][] = [
  ["theta", thetaForecast],
  ["optimised theta", optimisedThetaForecast],
  ["damped", dampedTrendForecast],
  ["holt", (y, options) => dampedTrendForecast(y, { ...options, phi: 1 })],
  ["ses", sesForecast],
  ["naive2", naive2Forecast],
  ["seasonal naive", seasonalNaiveForecast],
];
// Positive monthly series of 24–60 points (seasonal or not), like net bookings or M3's.
const series = fc
  .record({
    length: fc.integer({ min: 24, max: 60 }),
    level: fc.double({ min: 100, max: 10_000, noNaN: true }),
    noise: fc.array(fc.double({ min: -0.3, max: 0.3, noNaN: true }), { minLength: 60, maxLength: 60 }),
    amplitude: fc.double({ min: 0, max: 0.5, noNaN: true }),
  })
  .map(({ length, level, noise, amplitude }) =>
    Array.from({ length }, (_, t) => level * (1 + amplitude * Math.sin((2 * Math.PI * t) / 12) + noise[t]!)),
  );

describe.each(methods)("%s", (_name, forecast) => {
  it("forecasts a constant series as that constant, with a zero-width interval", () => {
    fc.assert(
      fc.property(
        fc.double({ min: -1e6, max: 1e6, noNaN: true }),
        fc.integer({ min: 3, max: 40 }),
        (c, n) => {
          const result = forecast(new Array(n).fill(c), { horizon: 6, period: 12 });
          for (const value of [...result.mean, ...result.lower, ...result.upper])
            expect(value).toBeCloseTo(c, 6);
        },
      ),
      { numRuns: 30 },
    );
  });
  it("scales with the series: forecast(k·y) = k·forecast(y)", () => {
    fc.assert(
      fc.property(series, fc.double({ min: 0.001, max: 1000, noNaN: true }), (y, k) => {
        const base = forecast(y, { horizon: 12, period: 12 });
        const scaled = forecast(
          y.map((v) => v * k),
          { horizon: 12, period: 12 },
        );
        base.mean.forEach((value, h) => {
          expect(Math.abs(scaled.mean[h]! - k * value)).toBeLessThanOrEqual(
            1e-6 * Math.abs(k * value) + 1e-9,
          );
        });
      }),
      { numRuns: 25 },
    );
  });
  it("keeps the point forecast inside its interval and returns `horizon` points", () => {
    fc.assert(
      fc.property(series, fc.integer({ min: 1, max: 24 }), (y, horizon) => {
        const result = forecast(y, { horizon, period: 12 });
        expect(result.mean).toHaveLength(horizon);
        result.mean.forEach((m, h) => {
          expect(result.lower[h]).toBeLessThanOrEqual(m + 1e-9);
          expect(result.upper[h]).toBeGreaterThanOrEqual(m - 1e-9);
        });
      }),
      { numRuns: 25 },
    );
  });
});
