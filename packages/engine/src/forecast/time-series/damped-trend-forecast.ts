import { EngineInputError } from "../../errors";
import { checkSeries } from "./check-series";
import { dampedTrendAhead, fitDampedTrend } from "./damped-trend";
import { twoSidedZ } from "./normal-quantile";
import { residualSigma } from "./residual-sigma";
import { seasonalAdjustment } from "./seasonal-adjustment";
import type { ForecastOptions, SeriesForecast } from "./types";

/**
 * Damped additive trend exponential smoothing on the seasonally adjusted series (same test and decomposition as
 * Theta), reseasonalised. Interval: ETS(A,Ad,N)'s variance σ²(1 + Σ_{j<h} (α + βφ(1 − φ^j)/(1 − φ))²).
 * `phi` fixes the damping; `phi: 1` is Holt's linear trend (ETS(A,A,N)).
 */
export function dampedTrendForecast(
  y: readonly number[],
  options: ForecastOptions & { phi?: number },
): SeriesForecast {
  checkSeries(y, options, 3);
  if (options.phi !== undefined && !(options.phi > 0 && options.phi <= 1))
    throw new EngineInputError("phi must be in (0, 1]", options.phi);
  const adjustment = seasonalAdjustment(y, options.period);
  const fit = fitDampedTrend(adjustment.adjusted, { phi: options.phi });
  const z = twoSidedZ(options.level ?? 0.8);
  const sigma = residualSigma(fit.residuals, 5);
  const mean: number[] = [];
  const lower: number[] = [];
  const upper: number[] = [];
  let variance = 1;
  for (let h = 1; h <= options.horizon; h++) {
    if (h > 1) {
      const j = h - 1;
      // φ = 1 (Holt): the damping sum φ(1 − φ^j)/(1 − φ) is j.
      const damping = fit.phi === 1 ? j : (fit.phi * (1 - fit.phi ** j)) / (1 - fit.phi);
      const c = fit.alpha + fit.beta * damping;
      variance += c * c;
    }
    const index = adjustment.indexAhead(h);
    const point = dampedTrendAhead(fit, h);
    const spread = z * sigma * Math.sqrt(variance);
    mean.push(point * index);
    lower.push((point - spread) * index);
    upper.push((point + spread) * index);
  }
  return { method: fit.phi === 1 && options.phi === 1 ? "holt" : "damped", mean, lower, upper };
}
