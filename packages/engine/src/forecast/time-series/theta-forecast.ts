import { EngineInputError } from "../../errors";
import { checkSeries } from "./check-series";
import { twoSidedZ } from "./normal-quantile";
import { residualSigma } from "./residual-sigma";
import { seasonalAdjustment } from "./seasonal-adjustment";
import { fitSes } from "./simple-exponential-smoothing";
import type { ForecastOptions, SeriesForecast } from "./types";

/**
 * The Theta method (Assimakopoulos & Nikolopoulos 2000) in Hyndman & Billah's form, as R's thetaf: deseasonalise when
 * the 90 % test says so, fit SES (α and ℓ_0 by least squares) to the adjusted series, add half the slope b_0 of its
 * linear trend as drift, f_h = ℓ_n + (b_0/2)·((h − 1) + (1 − (1 − α)^n)/α), reseasonalise. Interval: the SES
 * variance σ²(1 + α²(h − 1)), times the seasonal index. `theta` other than 2 weights the drift by 1 − 1/θ
 * (θ = 1 is SES, larger θ follows the trend more).
 */
export function thetaForecast(
  y: readonly number[],
  options: ForecastOptions & { theta?: number },
): SeriesForecast {
  checkSeries(y, options, 2);
  const theta = options.theta ?? 2;
  if (!(theta >= 1)) throw new EngineInputError("theta must be at least 1", theta);
  const driftWeight = 1 - 1 / theta;
  const n = y.length;
  const adjustment = seasonalAdjustment(y, options.period);
  const x = adjustment.adjusted;
  const ses = fitSes(x);
  const slope = linearSlope(x);
  const alpha = Math.max(1e-10, ses.alpha);
  const z = twoSidedZ(options.level ?? 0.8);
  const sigma = residualSigma(ses.residuals, 2);
  const mean: number[] = [];
  const lower: number[] = [];
  const upper: number[] = [];
  for (let h = 1; h <= options.horizon; h++) {
    const index = adjustment.indexAhead(h);
    const point = ses.level + slope * driftWeight * (h - 1 + (1 - (1 - alpha) ** n) / alpha);
    const spread = z * sigma * Math.sqrt(1 + alpha * alpha * (h - 1));
    mean.push(point * index);
    lower.push((point - spread) * index);
    upper.push((point + spread) * index);
  }
  return { method: theta === 2 ? "theta" : `theta(${theta})`, mean, lower, upper };
}

/** Least-squares slope of y on t = 0…n−1. */
export function linearSlope(y: readonly number[]): number {
  const n = y.length;
  const meanT = (n - 1) / 2;
  const meanY = y.reduce((sum, value) => sum + value, 0) / n;
  let sty = 0;
  let stt = 0;
  for (let t = 0; t < n; t++) {
    sty += (t - meanT) * (y[t]! - meanY);
    stt += (t - meanT) ** 2;
  }
  return stt === 0 ? 0 : sty / stt;
}
