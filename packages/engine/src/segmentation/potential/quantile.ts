/**
 * The q-quantile of `values` by linear interpolation between order statistics (Hyndman–Fan type 7, the default of
 * R, NumPy and spreadsheets): position (n − 1) × q in the sorted values. Empty input → NaN.
 */
export function quantile(values: readonly number[], q: number): number {
  if (values.length === 0) return Number.NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const position = (sorted.length - 1) * q;
  const below = Math.floor(position);
  const low = sorted[below] as number;
  const high = sorted[Math.min(below + 1, sorted.length - 1)] as number;
  return low + (high - low) * (position - below);
}

export function median(values: readonly number[]): number {
  return quantile(values, 0.5);
}
