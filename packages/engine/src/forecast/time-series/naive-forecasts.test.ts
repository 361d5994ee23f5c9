import { describe, expect, it } from "vitest";
import { autocorrelation } from "./autocorrelation";
import { isSeasonal } from "./is-seasonal";
import { multiplicativeSeasonalIndices } from "./multiplicative-seasonal-indices";
import { naive2Forecast } from "./naive2-forecast";
import { seasonalNaiveForecast } from "./seasonal-naive-forecast";

// Three cycles of 10, 20, 30, 40 (m = 4): deviations from the mean 25 are −15, −5, 5, 15, Σ squares = 1500.
const cycles = [10, 20, 30, 40, 10, 20, 30, 40, 10, 20, 30, 40];
const z80 = 1.2815515655446004;

describe("seasonal naive", () => {
  it("repeats the last cycle: 1…6 with m = 4 → 3, 4, 5, 6, 3, 4", () => {
    const forecast = seasonalNaiveForecast([1, 2, 3, 4, 5, 6], { horizon: 6, period: 4 });
    expect(forecast.mean).toEqual([3, 4, 5, 6, 3, 4]);
  });
  it("interval ±z·σ·√(k + 1): seasonal differences 4, 4 → σ = 4; h = 1 ± 1.2816·4, h = 5 ± 1.2816·4·√2", () => {
    const forecast = seasonalNaiveForecast([1, 2, 3, 4, 5, 6], { horizon: 5, period: 4 });
    expect(forecast.upper[0]! - forecast.mean[0]!).toBeCloseTo(z80 * 4, 6);
    expect(forecast.upper[4]! - forecast.mean[4]!).toBeCloseTo(z80 * 4 * Math.SQRT2, 6);
  });
  it("with less than a cycle of history, the last value", () => {
    expect(seasonalNaiveForecast([5, 7], { horizon: 2, period: 12 }).mean).toEqual([7, 7]);
  });
});

describe("the 90 % seasonality test and the classical decomposition", () => {
  it("autocorrelations of three 10-20-30-40 cycles: r1 = −75/1500, r2 = −750/1500, r3 = −425/1500, r4 = 1000/1500", () => {
    const r = autocorrelation(cycles, 4);
    [-0.05, -0.5, -425 / 1500, 1000 / 1500].forEach((expected, k) => {
      expect(r[k]).toBeCloseTo(expected, 12);
    });
  });
  it("seasonal: |r4| / √((1 + 2(r1² + r2² + r3²))/12) = 0.6667 / 0.3726 = 1.79 > 1.645", () => {
    expect(isSeasonal(cycles, 4)).toBe(true);
  });
  it("not tested with two cycles or fewer (n ≤ 2m), nor on a constant series", () => {
    expect(isSeasonal(cycles.slice(0, 8), 4)).toBe(false);
    expect(isSeasonal(new Array(30).fill(3), 4)).toBe(false);
  });
  it("indices = y / centred 2×4 moving average (25 everywhere) = 0.4, 0.8, 1.2, 1.6", () => {
    const indices = multiplicativeSeasonalIndices(cycles, 4);
    [0.4, 0.8, 1.2, 1.6].forEach((expected, k) => {
      expect(indices[k]).toBeCloseTo(expected, 12);
    });
  });
});

describe("Naive2", () => {
  it("seasonal series: adjusted series is 25 throughout, forecast 25 × index → 10, 20, 30, 40, 10", () => {
    const forecast = naive2Forecast(cycles, { horizon: 5, period: 4 });
    [10, 20, 30, 40, 10].forEach((expected, h) => {
      expect(forecast.mean[h]).toBeCloseTo(expected, 10);
    });
  });
  it("non-seasonal series: the last value, interval ±z·σ·√h with σ of the first differences (2, −1, 2 → √3)", () => {
    const forecast = naive2Forecast([1, 3, 2, 4], { horizon: 4, period: 12 });
    expect(forecast.mean).toEqual([4, 4, 4, 4]);
    expect(forecast.upper[3]! - 4).toBeCloseTo(z80 * Math.sqrt(3) * 2, 7);
  });
});
