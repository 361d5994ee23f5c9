import { checkSeries } from "./check-series";
import { twoSidedZ } from "./normal-quantile";
import { residualSigma } from "./residual-sigma";
import { seasonalAdjustment } from "./seasonal-adjustment";
import { fitSes } from "./simple-exponential-smoothing";
import type { ForecastOptions, SeriesForecast } from "./types";

/** Simple exponential smoothing of the seasonally adjusted series, reseasonalised; interval σ²(1 + α²(h − 1)). */
export function sesForecast(y: readonly number[], options: ForecastOptions): SeriesForecast {
  checkSeries(y, options, 1);
  const adjustment = seasonalAdjustment(y, options.period);
  const fit = fitSes(adjustment.adjusted);
  const z = twoSidedZ(options.level ?? 0.8);
  const sigma = residualSigma(fit.residuals, 2);
  const mean: number[] = [];
  const lower: number[] = [];
  const upper: number[] = [];
  for (let h = 1; h <= options.horizon; h++) {
    const index = adjustment.indexAhead(h);
    const spread = z * sigma * Math.sqrt(1 + fit.alpha * fit.alpha * (h - 1));
    mean.push(fit.level * index);
    lower.push((fit.level - spread) * index);
    upper.push((fit.level + spread) * index);
  }
  return { method: "ses", mean, lower, upper };
}
