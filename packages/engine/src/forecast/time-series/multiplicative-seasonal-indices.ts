/**
 * Classical multiplicative decomposition (R's decompose(type = "multiplicative")): trend = centred moving average of
 * order m (2×m when m is even), seasonal index of each position in the cycle = mean of y / trend there, normalised to
 * average 1. Returns the m indices; index k belongs to observations t with t mod m = k (t from 0).
 */
export function multiplicativeSeasonalIndices(y: readonly number[], period: number): number[] {
  const n = y.length;
  const m = period;
  const weights: number[] =
    m % 2 === 0
      ? [0.5 / m, ...Array.from({ length: m - 1 }, () => 1 / m), 0.5 / m]
      : Array.from({ length: m }, () => 1 / m);
  const half = Math.floor(weights.length / 2);
  const sums = new Array<number>(m).fill(0);
  const counts = new Array<number>(m).fill(0);
  for (let t = half; t < n - half; t++) {
    let trend = 0;
    for (let j = 0; j < weights.length; j++) trend += weights[j]! * y[t - half + j]!;
    sums[t % m]! += y[t]! / trend;
    counts[t % m]! += 1;
  }
  const raw = sums.map((sum, k) => sum / counts[k]!);
  const mean = raw.reduce((total, value) => total + value, 0) / m;
  return raw.map((value) => value / mean);
}
