import type { AttainDatabase } from "@attain/db";
import type { SegmentationConfig } from "@attain/engine";
import { computeSegmentation } from "./compute-segmentation";
import type { SegmentationRun } from "./schemas";
import { runOf } from "./segmentation-run";

/** What a segmentation would give on `asOf`, computed and not stored (`id`, `validFrom` and `createdAt` null). */
export async function previewSegmentation(
  database: AttainDatabase,
  params: { workspaceId: string; name: string; config: SegmentationConfig; asOf: string },
): Promise<SegmentationRun> {
  const { input, summary } = await computeSegmentation(database, params);
  return runOf({
    id: null,
    name: params.name,
    kind: params.config.kind,
    config: params.config,
    validFrom: null,
    asOf: params.asOf,
    currency: input.currency,
    summary,
    createdAt: null,
  });
}
