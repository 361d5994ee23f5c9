/**
 * The cut-off splitting closed deals 80/20 by close date: the close date of the deal at the 80th percentile, so
 * about 80% closed before it (train) and 20% on or after (test). null with fewer than two distinct dates.
 */
export function defaultCutoffOf(closeDates: readonly string[]): string | null {
  const sorted = [...closeDates].sort();
  if (sorted.length < 2 || sorted[0] === sorted[sorted.length - 1]) return null;
  let index = Math.floor(sorted.length * 0.8);
  // Ties: move forward to the first date that leaves something before it.
  while (index > 0 && sorted[index] === sorted[0]) index++;
  return sorted[Math.min(index, sorted.length - 1)] as string;
}
