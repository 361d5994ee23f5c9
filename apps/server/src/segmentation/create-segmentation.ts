import { type AttainDatabase, segmentations } from "@attain/db";
import { and, eq } from "drizzle-orm";
import { ApiError } from "../http/problem";
import { computeSegmentation } from "./compute-segmentation";
import { parseSegmentationConfig } from "./parse-segmentation-config";
import type { SegmentationRun } from "./schemas";
import { runOf } from "./segmentation-run";
import { storeAccountSegments } from "./store-account-segments";

/**
 * Runs a segmentation on the workspace's accounts as of `asOf` and stores it as the run of `name` from `validFrom`:
 * the `segmentations` row and every account's segment and trace (bulk), in one transaction. The config is checked
 * first (422 naming the field); a run of the same name and `validFrom` is a 409. Used by the API and the demo.
 */
export async function createSegmentation(
  database: AttainDatabase,
  params: {
    workspaceId: string;
    actorId: string | null;
    name: string;
    /** A SegmentationConfig; checked here whoever calls. */
    config: unknown;
    validFrom: string;
    asOf: string;
  },
): Promise<SegmentationRun> {
  const { workspaceId, name, validFrom, asOf } = params;
  const config = parseSegmentationConfig(params.config);
  const taken = () =>
    new ApiError(409, "Segmentation exists", `A run of "${name}" from ${validFrom} already exists.`, [
      { path: "validFrom", message: `"${name}" already has a run from ${validFrom}` },
    ]);
  const existing = await database.db
    .select({ id: segmentations.id })
    .from(segmentations)
    .where(
      and(
        eq(segmentations.workspaceId, workspaceId),
        eq(segmentations.name, name),
        eq(segmentations.validFrom, validFrom),
      ),
    );
  if (existing.length > 0) throw taken();
  const { input, result, summary } = await computeSegmentation(database, { workspaceId, config, asOf });
  try {
    const row = await database.transaction(async (tx) => {
      const [stored] = await tx.db
        .insert(segmentations)
        .values({
          workspaceId,
          name,
          kind: config.kind,
          config,
          validFrom,
          asOf,
          currency: input.currency,
          summary,
          createdBy: params.actorId,
        })
        .returning();
      await storeAccountSegments(tx.sql, {
        workspaceId,
        segmentationId: stored!.id,
        assignments: result.assignments,
      });
      return stored!;
    });
    return runOf({ ...row, summary });
  } catch (error) {
    // Two runs racing for the same name and date: the unique constraint decides.
    if ((error as { code?: string }).code === "23505") throw taken();
    throw error;
  }
}
