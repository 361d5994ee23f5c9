import { kmeans } from "ml-kmeans";

export type KMeansFit = { labels: number[]; centres: number[][]; inertia: number };

// k-means++ can still land in a poor local optimum; the best of a few seeded restarts (lowest within-cluster sum
// of squares) makes the choice of k by silhouette far less sensitive to the seed.
const RESTARTS = 4;

function inertiaOf(
  rows: readonly number[][],
  labels: readonly number[],
  centres: readonly number[][],
): number {
  let total = 0;
  rows.forEach((row, i) => {
    const centre = centres[labels[i] as number] as number[];
    for (let d = 0; d < row.length; d++) total += ((row[d] as number) - (centre[d] as number)) ** 2;
  });
  return total;
}

/** k-means (ml-kmeans, k-means++ initialisation), seeded: the best of RESTARTS runs from seeds derived from `seed`. */
export function fitKMeans(rows: number[][], k: number, seed: number): KMeansFit {
  let best: KMeansFit | null = null;
  for (let restart = 0; restart < RESTARTS; restart++) {
    const result = kmeans(rows, k, {
      initialization: "kmeans++",
      seed: (seed + Math.imul(restart, 0x9e3779b9)) >>> 0,
      maxIterations: 100,
      tolerance: 1e-6,
    });
    const fit = {
      labels: result.clusters,
      centres: result.centroids,
      inertia: inertiaOf(rows, result.clusters, result.centroids),
    };
    if (best === null || fit.inertia < best.inertia - 1e-12) best = fit;
  }
  return best as KMeansFit;
}
