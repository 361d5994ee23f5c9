// Hoare's quickselect with a median-of-three pivot: puts the (k+1)-th smallest of values[lo..hi] at index k, smaller
// or equal ones before it and larger or equal ones after it. Used instead of sorting because three ranks of 10,000
// draws are needed per rep, and a full Float64Array sort per rep was most of the check's time.
function selectInPlace(values: Float64Array, k: number, low: number, high: number): number {
  let lo = low;
  let hi = high;
  while (hi > lo) {
    const a = values[lo] as number;
    const b = values[(lo + hi) >>> 1] as number;
    const c = values[hi] as number;
    const pivot = a < b ? (b < c ? b : a < c ? c : a) : a < c ? a : b < c ? c : b;
    let i = lo;
    let j = hi;
    while (i <= j) {
      while ((values[i] as number) < pivot) i++;
      while ((values[j] as number) > pivot) j--;
      if (i <= j) {
        const swap = values[i] as number;
        values[i] = values[j] as number;
        values[j] = swap;
        i++;
        j--;
      }
    }
    if (k <= j) hi = j;
    else if (k >= i) lo = i;
    else break;
  }
  return values[k] as number;
}

/** Rank ⌈n × percent ÷ 100⌉, computed exactly (0.1 × n in floats can land just above an integer). */
function rankOf(n: number, percent: number): number {
  return Math.max(1, Math.ceil((n * percent) / 100));
}

/**
 * The nearest-rank 10th, 50th and 90th percentiles of `values` (reordered in place): the values at ranks
 * ⌈n × 0.1⌉, ⌈n × 0.5⌉ and ⌈n × 0.9⌉ of the sorted draws — always values that were drawn.
 */
export function nearestRankDeciles(values: Float64Array): { p10: number; p50: number; p90: number } {
  const n = values.length;
  const k50 = rankOf(n, 50) - 1;
  const p50 = selectInPlace(values, k50, 0, n - 1);
  const p10 = selectInPlace(values, rankOf(n, 10) - 1, 0, k50);
  const p90 = selectInPlace(values, rankOf(n, 90) - 1, k50, n - 1);
  return { p10, p50, p90 };
}
