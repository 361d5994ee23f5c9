import { sql } from "drizzle-orm";
import { type Db, selectRows } from "@attain/db";
import { problems } from "../http/problem";
import { type SegmentationSqlRow, storedOf } from "./list-segmentations";
import type { SegmentationRun } from "./schemas";
import { runOf } from "./segmentation-run";

/** A stored run in full (404 when it is not one of the workspace's). */
export async function getSegmentation(
  db: Db,
  params: { workspaceId: string; segmentationId: string },
): Promise<SegmentationRun> {
  const [row] = await selectRows<SegmentationSqlRow>(
    db,
    sql`select id, name, kind, config, valid_from::text, as_of::text, currency, summary, created_at
        from segmentations where workspace_id = ${params.workspaceId} and id = ${params.segmentationId}`,
  );
  if (!row) throw problems.notFound("The segmentation");
  return runOf(storedOf(row));
}
