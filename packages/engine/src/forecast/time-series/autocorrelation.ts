/** Sample autocorrelations r_1…r_maxLag as R's acf() computes them (deviations from the mean, divided by the lag-0 sum). */
export function autocorrelation(y: readonly number[], maxLag: number): number[] {
  const n = y.length;
  const mean = y.reduce((sum, value) => sum + value, 0) / n;
  let denominator = 0;
  for (const value of y) denominator += (value - mean) ** 2;
  const result: number[] = [];
  for (let lag = 1; lag <= maxLag; lag++) {
    let numerator = 0;
    for (let t = 0; t + lag < n; t++) numerator += (y[t]! - mean) * (y[t + lag]! - mean);
    result.push(denominator === 0 ? 0 : numerator / denominator);
  }
  return result;
}
