/** Euclidean distances between every pair of `rows`, packed in a square Float64Array (n × n). */
export function pairwiseDistances(rows: readonly number[][]): Float64Array {
  const n = rows.length;
  const distances = new Float64Array(n * n);
  for (let i = 0; i < n; i++) {
    const a = rows[i] as number[];
    for (let j = i + 1; j < n; j++) {
      const b = rows[j] as number[];
      let sum = 0;
      for (let d = 0; d < a.length; d++) sum += ((a[d] as number) - (b[d] as number)) ** 2;
      const distance = Math.sqrt(sum);
      distances[i * n + j] = distance;
      distances[j * n + i] = distance;
    }
  }
  return distances;
}

/**
 * Mean silhouette of a labelling (Rousseeuw 1987): for each point, a = mean distance to the others of its cluster,
 * b = the lowest mean distance to another cluster, s = (b − a) ÷ max(a, b); s = 0 for a point alone in its cluster.
 * O(n²) on a precomputed distance matrix; the caller samples large inputs.
 */
export function meanSilhouette(distances: Float64Array, labels: readonly number[], k: number): number {
  const n = labels.length;
  const sizes = new Array<number>(k).fill(0);
  for (const label of labels) sizes[label] = (sizes[label] ?? 0) + 1;
  const sums = new Float64Array(k);
  let total = 0;
  for (let i = 0; i < n; i++) {
    sums.fill(0);
    for (let j = 0; j < n; j++) {
      if (j !== i)
        sums[labels[j] as number] = (sums[labels[j] as number] ?? 0) + (distances[i * n + j] as number);
    }
    const own = labels[i] as number;
    const ownSize = sizes[own] ?? 0;
    if (ownSize <= 1) continue;
    const a = (sums[own] as number) / (ownSize - 1);
    let b = Number.POSITIVE_INFINITY;
    for (let c = 0; c < k; c++) {
      const size = sizes[c] ?? 0;
      if (c !== own && size > 0) b = Math.min(b, (sums[c] as number) / size);
    }
    if (b === Number.POSITIVE_INFINITY) continue;
    const spread = Math.max(a, b);
    total += spread === 0 ? 0 : (b - a) / spread;
  }
  return n === 0 ? 0 : total / n;
}
