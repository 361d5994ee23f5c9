import { SegmentationInputError } from "../segmentation-input-error";
import { seededShuffle } from "../seeded-random";
import type {
  ClusterConfig,
  ClusterSummary,
  SegmentationAccount,
  SegmentationContext,
  SegmentAssignment,
} from "../types";
import { checkInput } from "./check-input";
import { clusterFeatures, toOriginalUnits } from "./cluster-features";
import { fitKMeans, type KMeansFit } from "./fit-kmeans";
import type { SegmentationPart } from "./segmentation-part";
import { meanSilhouette, pairwiseDistances } from "./silhouette";

/** Above this many accounts the silhouette is computed on a seeded sample of this size (it is O(n²)). */
export const SILHOUETTE_SAMPLE = 2000;

const round4 = (value: number) => Math.round(value * 1e4) / 1e4;

function distance(a: readonly number[], b: readonly number[]): number {
  let sum = 0;
  for (let d = 0; d < a.length; d++) sum += ((a[d] as number) - (b[d] as number)) ** 2;
  return Math.sqrt(sum);
}

/** Cluster numbers by size (largest first), ties by the centre's coordinates, so names do not depend on k-means' labels. */
function clusterOrder(fit: KMeansFit, k: number): number[] {
  const sizes = new Array<number>(k).fill(0);
  for (const label of fit.labels) sizes[label] = (sizes[label] ?? 0) + 1;
  const compareCentres = (a: number, b: number) => {
    const [x, y] = [fit.centres[a] ?? [], fit.centres[b] ?? []];
    for (let d = 0; d < x.length; d++) if (x[d] !== y[d]) return (x[d] ?? 0) - (y[d] ?? 0);
    return 0;
  };
  return [...Array(k).keys()]
    .filter((c) => (sizes[c] ?? 0) > 0)
    .sort((a, b) => (sizes[b] ?? 0) - (sizes[a] ?? 0) || compareCentres(a, b));
}

/**
 * Data-driven segments: k-means on standardised features (log1p first where asked), k in [kMin, kMax] chosen by
 * the highest mean silhouette (the smaller k on a tie), seeded so the same accounts give the same clusters whatever
 * their order. Clusters are named "Cluster 1" (the largest) onwards; centres are reported in the features' units.
 */
export function clusterAccounts(
  accounts: readonly SegmentationAccount[],
  config: ClusterConfig,
  context: SegmentationContext,
): SegmentationPart & { clusters: ClusterSummary } {
  checkInput(accounts, config, context, "clusters");
  const features = clusterFeatures(accounts, config, context.asOf);
  const { rows, members } = features;
  const distinct = new Set(rows.map((row) => row.join(","))).size;
  const kMax = Math.min(config.kMax, rows.length - 1, distinct);
  if (kMax < config.kMin) {
    throw new SegmentationInputError([
      {
        code: "too_few_accounts",
        field: "kMin",
        message: `kMin ${config.kMin} needs more than ${config.kMin} accounts with distinct features; ${rows.length} have every feature (${distinct} distinct)`,
      },
    ]);
  }
  // The silhouette sample: every account up to SILHOUETTE_SAMPLE, else a seeded subset (reported in the trace).
  const positions = [...rows.keys()];
  const sample =
    rows.length > SILHOUETTE_SAMPLE
      ? seededShuffle(positions, config.seed).slice(0, SILHOUETTE_SAMPLE)
      : positions;
  const distances = pairwiseDistances(sample.map((p) => rows[p] as number[]));
  const fits = new Map<number, KMeansFit>();
  const silhouetteByK: { k: number; silhouette: number }[] = [];
  for (let k = config.kMin; k <= kMax; k++) {
    const fit = fitKMeans(rows, k, config.seed);
    fits.set(k, fit);
    const labels = sample.map((p) => fit.labels[p] as number);
    silhouetteByK.push({ k, silhouette: round4(meanSilhouette(distances, labels, k)) });
  }
  const chosen = silhouetteByK.reduce((best, entry) => (entry.silhouette > best.silhouette ? entry : best));
  const fit = fits.get(chosen.k) as KMeansFit;
  const order = clusterOrder(fit, chosen.k);
  const nameOf = new Map(order.map((c, i) => [c, `Cluster ${i + 1}`]));
  const sampled =
    sample.length < rows.length
      ? `silhouette on a seeded sample of ${sample.length} of ${rows.length} accounts`
      : `silhouette on all ${rows.length} accounts`;
  const assignments: SegmentAssignment[] = accounts.map((account) => ({
    accountId: account.id,
    segment: null,
    trace: [],
  }));
  const indexOf = new Map(accounts.map((account, i) => [account.id, i]));
  for (const warning of features.warnings) {
    const index = indexOf.get(warning.accountId);
    if (index !== undefined)
      assignments[index] = { accountId: warning.accountId, segment: null, trace: [warning.message] };
  }
  members.forEach((index, p) => {
    const row = rows[p] as number[];
    const own = fit.labels[p] as number;
    const byDistance = order
      .map((c) => ({ c, d: distance(row, fit.centres[c] as number[]) }))
      .sort((a, b) => a.d - b.d);
    const next = byDistance.find((entry) => entry.c !== own);
    const values = config.features.map((feature, f) => `${feature} ${features.raw[p]?.[f]}`).join(", ");
    const z = row.map((value) => value.toFixed(2)).join(", ");
    assignments[index] = {
      accountId: accounts[index]?.id ?? "",
      segment: nameOf.get(own) ?? null,
      trace: [
        `${values} → z (${z})`,
        `k = ${chosen.k} (mean silhouette ${chosen.silhouette}; ${sampled})`,
        `nearest centre ${nameOf.get(own)} at ${distance(row, fit.centres[own] as number[]).toFixed(3)}${
          next === undefined ? "" : `; next ${nameOf.get(next.c)} at ${next.d.toFixed(3)}`
        }`,
      ],
    };
  });
  const centroids = order.map((c) => ({
    segment: nameOf.get(c) ?? "",
    values: Object.fromEntries(
      Object.entries(toOriginalUnits(fit.centres[c] as number[], features.scales)).map(([name, value]) => [
        name,
        round4(value),
      ]),
    ),
  }));
  return {
    assignments,
    warnings: features.warnings,
    segments: order.map((c) => nameOf.get(c) ?? ""),
    clusters: { k: chosen.k, silhouetteByK, centroids },
  };
}
