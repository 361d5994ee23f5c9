import { minimise } from "./minimise";

export type DampedTrendFit = {
  alpha: number;
  beta: number;
  phi: number;
  level: number;
  trend: number;
  residuals: number[];
  sse: number;
};

const PHI_MIN = 0.8;
const PHI_MAX = 0.98;
const logistic = (x: number) => 1 / (1 + Math.exp(-x));

/**
 * Additive damped trend (Gardner–McKenzie; ETS(A,Ad,N)): ŷ_t = ℓ_{t−1} + φb_{t−1}, e_t = y_t − ŷ_t,
 * ℓ_t = ℓ_{t−1} + φb_{t−1} + αe_t, b_t = φb_{t−1} + βe_t, with 0 < β < α < 1 and 0.8 ≤ φ ≤ 0.98 (the bounds of R's ets).
 * Parameters by least squares; the one-step forecasts are linear in the initial state, so (ℓ_0, b_0) is a 2×2
 * regression for each (α, β, φ) that Nelder–Mead tries. `phi: 1` fixes φ: Holt's linear trend.
 */
export function fitDampedTrend(
  y: readonly number[],
  options: { phi?: number | undefined } = {},
): DampedTrendFit {
  const fixedPhi = options.phi;
  const decode = (x: number[]) => {
    const alpha = 1e-4 + (0.9999 - 1e-4) * logistic(x[0]!);
    const beta = 1e-4 + (alpha - 1e-4) * logistic(x[1]!);
    const phi = fixedPhi ?? PHI_MIN + (PHI_MAX - PHI_MIN) * logistic(x[2]!);
    return { alpha, beta, phi };
  };
  const start = fixedPhi === undefined ? [0, -1.5, 1] : [0, -1.5];
  const { x } = minimise((point) => fitWithParameters(y, decode(point)).sse, start, {
    step: 1,
    maxEvaluations: 300,
  });
  return fitWithParameters(y, decode(x));
}

function fitWithParameters(
  y: readonly number[],
  { alpha, beta, phi }: { alpha: number; beta: number; phi: number },
): DampedTrendFit {
  const n = y.length;
  // Forecasts from the zero state with the data (a), and from unit level (c) or unit trend (d) with zero data.
  const a = run(y, 0, 0, alpha, beta, phi, false);
  const c = run(y, 1, 0, alpha, beta, phi, true);
  const d = run(y, 0, 1, alpha, beta, phi, true);
  let scc = 0;
  let scd = 0;
  let sdd = 0;
  let scr = 0;
  let sdr = 0;
  for (let t = 0; t < n; t++) {
    const r = y[t]! - a[t]!;
    scc += c[t]! * c[t]!;
    scd += c[t]! * d[t]!;
    sdd += d[t]! * d[t]!;
    scr += c[t]! * r;
    sdr += d[t]! * r;
  }
  const determinant = scc * sdd - scd * scd;
  let level0 = y[0]!;
  let trend0 = n > 1 ? y[1]! - y[0]! : 0;
  if (Math.abs(determinant) > 1e-12 * Math.max(1, scc * sdd)) {
    level0 = (sdd * scr - scd * sdr) / determinant;
    trend0 = (scc * sdr - scd * scr) / determinant;
  }
  let level = level0;
  let trend = trend0;
  let sse = 0;
  const residuals: number[] = [];
  for (const value of y) {
    const error = value - (level + phi * trend);
    residuals.push(error);
    sse += error * error;
    level = level + phi * trend + alpha * error;
    trend = phi * trend + beta * error;
  }
  return { alpha, beta, phi, level, trend, residuals, sse };
}

/** One-step forecasts of the filter from (ℓ_0, b_0); with `zeroData` the observations are taken as 0. */
function run(
  y: readonly number[],
  level0: number,
  trend0: number,
  alpha: number,
  beta: number,
  phi: number,
  zeroData: boolean,
): number[] {
  let level = level0;
  let trend = trend0;
  const forecasts: number[] = [];
  for (const value of y) {
    const forecast = level + phi * trend;
    forecasts.push(forecast);
    const error = (zeroData ? 0 : value) - forecast;
    level = forecast + alpha * error;
    trend = phi * trend + beta * error;
  }
  return forecasts;
}

/** h-step forecast ℓ_n + (φ + … + φ^h)·b_n. */
export function dampedTrendAhead(fit: DampedTrendFit, h: number): number {
  let damping = 0;
  let power = 1;
  for (let j = 1; j <= h; j++) {
    power *= fit.phi;
    damping += power;
  }
  return fit.level + damping * fit.trend;
}
