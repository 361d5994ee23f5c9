/** Root mean square of the one-step residuals, dividing by n − parameters (at least 1). */
export function residualSigma(residuals: readonly number[], parameters: number): number {
  let sse = 0;
  for (const r of residuals) sse += r * r;
  return Math.sqrt(sse / Math.max(1, residuals.length - parameters));
}
