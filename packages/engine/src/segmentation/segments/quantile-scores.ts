/**
 * Quantile scores 1..bins: score = 1 + ⌊bins × (values strictly worse) ÷ n⌋. Equal values get the same score, a
 * better value never a lower one, and n distinct values in n bins score 1..n. `compare` orders worse before better.
 */
export function quantileScores<T>(
  values: readonly T[],
  compare: (a: T, b: T) => number,
  bins: number,
): number[] {
  const n = values.length;
  const sorted = [...values].sort(compare);
  return values.map((value) => {
    // Lower bound: how many sorted values are strictly worse than this one.
    let lo = 0;
    let hi = n;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (compare(sorted[mid] as T, value) < 0) lo = mid + 1;
      else hi = mid;
    }
    return 1 + Math.floor((bins * lo) / n);
  });
}
