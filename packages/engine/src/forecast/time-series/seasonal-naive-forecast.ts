import { checkSeries } from "./check-series";
import { twoSidedZ } from "./normal-quantile";
import type { ForecastOptions, SeriesForecast } from "./types";

/**
 * Seasonal naive: f_h = y_{n − m + ((h − 1) mod m) + 1} (the same month last year); with fewer than m observations,
 * or m = 1, the last value. Interval σ·√(k + 1), k = full cycles before h, σ from the in-sample seasonal differences.
 */
export function seasonalNaiveForecast(y: readonly number[], options: ForecastOptions): SeriesForecast {
  checkSeries(y, options, 1);
  const n = y.length;
  const m = n >= options.period ? options.period : 1;
  let squares = 0;
  for (let t = m; t < n; t++) squares += (y[t]! - y[t - m]!) ** 2;
  const sigma = n > m ? Math.sqrt(squares / (n - m)) : 0;
  const z = twoSidedZ(options.level ?? 0.8);
  const mean: number[] = [];
  const lower: number[] = [];
  const upper: number[] = [];
  for (let h = 1; h <= options.horizon; h++) {
    const point = y[n - m + ((h - 1) % m)]!;
    const spread = z * sigma * Math.sqrt(Math.floor((h - 1) / m) + 1);
    mean.push(point);
    lower.push(point - spread);
    upper.push(point + spread);
  }
  return { method: "seasonal_naive", mean, lower, upper };
}
