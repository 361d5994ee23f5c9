export type SesFit = {
  alpha: number;
  initialLevel: number;
  /** Level after the last observation = every future point forecast. */
  level: number;
  /** One-step in-sample errors y_t − ŷ_t. */
  residuals: number[];
  sse: number;
};

const ALPHA_MIN = 1e-4;
const ALPHA_MAX = 0.9999;

/**
 * Simple exponential smoothing ŷ_{t+1} = ℓ_t, ℓ_t = ℓ_{t−1} + α(y_t − ℓ_{t−1}). With `alpha` given, only the initial
 * level is fitted; otherwise α too, both by least squares (as ETS(A,N,N) does). Because the one-step forecasts are
 * linear in ℓ_0, the best ℓ_0 for an α is a closed-form regression, so only α is searched (grid, then golden section).
 */
export function fitSes(
  y: readonly number[],
  options: { alpha?: number; initialLevel?: number } = {},
): SesFit {
  if (options.alpha !== undefined) return sesWithAlpha(y, options.alpha, options.initialLevel);
  let best = sesWithAlpha(y, ALPHA_MIN);
  const grid = 20;
  let bestIndex = 0;
  for (let i = 1; i <= grid; i++) {
    const fit = sesWithAlpha(y, ALPHA_MIN + ((ALPHA_MAX - ALPHA_MIN) * i) / grid);
    if (fit.sse < best.sse) {
      best = fit;
      bestIndex = i;
    }
  }
  const at = (i: number) => ALPHA_MIN + ((ALPHA_MAX - ALPHA_MIN) * i) / grid;
  let low = at(Math.max(0, bestIndex - 1));
  let high = at(Math.min(grid, bestIndex + 1));
  const ratio = (Math.sqrt(5) - 1) / 2;
  for (let iteration = 0; iteration < 30; iteration++) {
    const a = high - ratio * (high - low);
    const b = low + ratio * (high - low);
    if (sesWithAlpha(y, a).sse < sesWithAlpha(y, b).sse) high = b;
    else low = a;
  }
  const refined = sesWithAlpha(y, (low + high) / 2);
  return refined.sse < best.sse ? refined : best;
}

function sesWithAlpha(y: readonly number[], alpha: number, fixedLevel?: number): SesFit {
  // ŷ_t = a_t + c_t·ℓ_0 with a_t the forecast from ℓ_0 = 0 and c_t = (1 − α)^t.
  let initialLevel = fixedLevel ?? 0;
  if (fixedLevel === undefined) {
    let a = 0;
    let c = 1;
    let cross = 0;
    let squares = 0;
    for (const value of y) {
      cross += c * (value - a);
      squares += c * c;
      a += alpha * (value - a);
      c *= 1 - alpha;
    }
    initialLevel = squares > 0 ? cross / squares : (y[0] ?? 0);
  }
  let level = initialLevel;
  let sse = 0;
  const residuals: number[] = [];
  for (const value of y) {
    const error = value - level;
    residuals.push(error);
    sse += error * error;
    level += alpha * error;
  }
  return { alpha, initialLevel, level, residuals, sse };
}
