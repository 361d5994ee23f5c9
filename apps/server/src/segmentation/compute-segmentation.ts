import type { AttainDatabase } from "@attain/db";
import { runSegmentation, type SegmentationConfig, type SegmentationResult } from "@attain/engine";
import { readSegmentationAccounts, type SegmentationInput } from "./load-segmentation-accounts";
import { withSegmentationProblems } from "./segmentation-problem";

/** The last calendar year complete on `asOf`: its own year on 31 December, else the year before. */
export function lastCompleteYearOf(asOf: string): string {
  const year = Number(asOf.slice(0, 4));
  return String(asOf.endsWith("-12-31") ? year : year - 1);
}

/** What a run stores in `segmentations.summary` and returns: the engine's profiles, clusters and warnings, with counts. */
export type RunSummary = Pick<SegmentationResult, "profiles" | "clusters" | "warnings"> & {
  accounts: number;
  segmented: number;
};

/** fetch → compute: the workspace's accounts on `asOf`, segmented by `config` (the engine's problems become 422s). */
export async function computeSegmentation(
  database: AttainDatabase,
  params: { workspaceId: string; config: SegmentationConfig; asOf: string },
): Promise<{ input: SegmentationInput; result: SegmentationResult; summary: RunSummary }> {
  // Read in a short transaction; the engine runs after it, so a long clustering holds no lock.
  const input = await readSegmentationAccounts(database, params);
  const result = withSegmentationProblems(() =>
    runSegmentation(input.accounts, params.config, {
      asOf: params.asOf,
      lastCompleteYear: lastCompleteYearOf(params.asOf),
    }),
  );
  return {
    input,
    result,
    summary: {
      profiles: result.profiles,
      clusters: result.clusters,
      warnings: result.warnings,
      accounts: result.assignments.length,
      segmented: result.assignments.filter((a) => a.segment !== null).length,
    },
  };
}
