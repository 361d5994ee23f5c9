import { describe, expect, it } from "vitest";
import { EngineInputError } from "../../errors";
import { dampedTrendForecast } from "./damped-trend-forecast";
import { optimisedThetaForecast } from "./optimised-theta-forecast";
import { fitSes } from "./simple-exponential-smoothing";
import { linearSlope, thetaForecast } from "./theta-forecast";

describe("simple exponential smoothing", () => {
  it("α = 0.5, ℓ0 = 10 on 10, 12, 11: errors 0, 2, 0; levels 10, 11, 11; SSE 4", () => {
    const fit = fitSes([10, 12, 11], { alpha: 0.5, initialLevel: 10 });
    expect(fit.residuals).toEqual([0, 2, 0]);
    expect(fit.level).toBe(11);
    expect(fit.sse).toBe(4);
  });
  it("α = 0.5 with ℓ0 fitted: ŷ = a + c·ℓ0 with a = 0, 5, 8.5 and c = 1, ½, ¼ → ℓ0 = 14.125 / 1.3125 = 226/21", () => {
    expect(fitSes([10, 12, 11], { alpha: 0.5 }).initialLevel).toBeCloseTo(226 / 21, 12);
  });
  it("a random walk-like series gets a high α, a noisy level a low one", () => {
    expect(fitSes([1, 2, 3, 4, 5, 6, 7, 8]).alpha).toBeGreaterThan(0.99);
    expect(fitSes([10, 12, 8, 11, 9, 10, 12, 8, 10, 11]).alpha).toBeLessThan(0.2);
  });
});

describe("Theta", () => {
  // y = 5 + 2t, t = 0…29 (too short for a seasonality test at m = 12 to matter: not seasonal).
  const line = Array.from({ length: 30 }, (_, t) => 5 + 2 * t);

  it("the θ = 0 line (linear regression) of 5 + 2t is recovered exactly: b0 = 2", () => {
    expect(linearSlope(line)).toBeCloseTo(2, 12);
  });
  it("θ = 2 extrapolates half of the trend, as defined: SES level ≈ y_n = 63 (α → 1), f_h ≈ 63 + (2/2)·h", () => {
    const forecast = thetaForecast(line, { horizon: 3, period: 12 });
    [64, 65, 66].forEach((expected, h) => {
      expect(forecast.mean[h]).toBeCloseTo(expected, 2);
    });
  });
  it("with the full drift (θ → ∞, weight 1 − 1/θ = 1) it recovers the line: 65, 67, 69", () => {
    const forecast = thetaForecast(line, { horizon: 3, period: 12, theta: Number.POSITIVE_INFINITY });
    [65, 67, 69].forEach((expected, h) => {
      expect(forecast.mean[h]).toBeCloseTo(expected, 2);
    });
  });
  it("θ chosen on the holdout follows a pure trend as far as the grid allows (θ = 5: 0.8 of the slope)", () => {
    const forecast = optimisedThetaForecast(line, { horizon: 3, period: 1 });
    expect(forecast.theta).toBe(5);
    expect(forecast.chosen).toBe(true);
    [63 + 1.6, 63 + 3.2, 63 + 4.8].forEach((expected, h) => {
      expect(forecast.mean[h]).toBeCloseTo(expected, 2);
    });
  });
  it("Holt (damped trend with φ = 1) fits the line exactly (ℓ0 = 5, b0 = 2 by least squares): 65, 67, 69", () => {
    const forecast = dampedTrendForecast(line, { horizon: 3, period: 12, phi: 1 });
    expect(forecast.method).toBe("holt");
    [65, 67, 69].forEach((expected, h) => {
      expect(forecast.mean[h]).toBeCloseTo(expected, 6);
    });
  });
  it("the damped trend (φ ≤ 0.98) bends a line down: below 65, 67, 69 but above the last value 63", () => {
    const forecast = dampedTrendForecast(line, { horizon: 3, period: 12 });
    [65, 67, 69].forEach((straight, h) => {
      expect(forecast.mean[h]).toBeLessThan(straight + 1e-9);
      expect(forecast.mean[h]).toBeGreaterThan(63);
    });
  });
  it("interval widens with the horizon: ±z·σ·√(1 + α²(h − 1))", () => {
    const noisy = [10, 12, 9, 13, 11, 14, 12, 15, 13, 16, 14, 17];
    const forecast = thetaForecast(noisy, { horizon: 6, period: 12 });
    const widths = forecast.upper.map((u, h) => u - forecast.lower[h]!);
    for (let h = 1; h < widths.length; h++) expect(widths[h]).toBeGreaterThanOrEqual(widths[h - 1]!);
    forecast.mean.forEach((m, h) => {
      expect(forecast.lower[h]).toBeLessThan(m);
      expect(forecast.upper[h]).toBeGreaterThan(m);
    });
  });
  it("refuses a non-finite observation, a horizon of 0 and θ < 1", () => {
    expect(() => thetaForecast([1, Number.NaN, 3], { horizon: 1, period: 12 })).toThrow(EngineInputError);
    expect(() => thetaForecast([1, 2, 3], { horizon: 0, period: 12 })).toThrow(EngineInputError);
    expect(() => thetaForecast([1, 2, 3], { horizon: 1, period: 12, theta: 0.5 })).toThrow(EngineInputError);
    expect(() => optimisedThetaForecast([1, 2, 3], { horizon: 1, period: 12, holdout: 0 })).toThrow(
      EngineInputError,
    );
  });
});
