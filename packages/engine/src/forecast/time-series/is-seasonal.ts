import { autocorrelation } from "./autocorrelation";

/** One-sided 90 % normal quantile: the M3 / Theta seasonality test's critical value. */
const Z_90 = 1.6448536269514722;

/**
 * The seasonality test of the M3 competition and of Hyndman's thetaf: seasonal when the autocorrelation at lag m
 * exceeds 1.645 times its standard error under the hypothesis of no correlation beyond lag m − 1
 * (Bartlett: √((1 + 2 Σ_{k<m} r_k²) / n)). Needs more than two full cycles and a non-constant series.
 */
export function isSeasonal(y: readonly number[], period: number): boolean {
  const n = y.length;
  if (period <= 1 || n <= 2 * period) return false;
  if (y.every((value) => value === y[0])) return false;
  const r = autocorrelation(y, period);
  let sum = 0;
  for (let k = 0; k < period - 1; k++) sum += r[k]! ** 2;
  const standardError = Math.sqrt((1 + 2 * sum) / n);
  return Math.abs(r[period - 1]!) / standardError > Z_90;
}
