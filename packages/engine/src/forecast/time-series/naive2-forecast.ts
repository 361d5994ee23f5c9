import { checkSeries } from "./check-series";
import { twoSidedZ } from "./normal-quantile";
import { seasonalAdjustment } from "./seasonal-adjustment";
import type { ForecastOptions, SeriesForecast } from "./types";

/**
 * Naive2 of the M competitions: the last seasonally adjusted value (adjusted only when the 90 % test finds
 * seasonality), reseasonalised. Interval σ·√h with σ from the adjusted series' first differences.
 */
export function naive2Forecast(y: readonly number[], options: ForecastOptions): SeriesForecast {
  checkSeries(y, options, 1);
  const adjustment = seasonalAdjustment(y, options.period);
  const x = adjustment.adjusted;
  const n = x.length;
  let squares = 0;
  for (let t = 1; t < n; t++) squares += (x[t]! - x[t - 1]!) ** 2;
  const sigma = n > 1 ? Math.sqrt(squares / (n - 1)) : 0;
  const z = twoSidedZ(options.level ?? 0.8);
  const last = x[n - 1]!;
  const mean: number[] = [];
  const lower: number[] = [];
  const upper: number[] = [];
  for (let h = 1; h <= options.horizon; h++) {
    const index = adjustment.indexAhead(h);
    const spread = z * sigma * Math.sqrt(h);
    mean.push(last * index);
    lower.push((last - spread) * index);
    upper.push((last + spread) * index);
  }
  return { method: "naive2", mean, lower, upper };
}
