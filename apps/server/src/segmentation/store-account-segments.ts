import type { SqlSession } from "@attain/db";
import type { SegmentAssignment } from "@attain/engine";

/** Rows per statement: one JSON parameter each, so 100,000 accounts take five round trips. */
const CHUNK = 20_000;

/** Writes a run's assignments set-based (`jsonb_to_recordset`), inside the caller's transaction. */
export async function storeAccountSegments(
  sql: SqlSession,
  params: { workspaceId: string; segmentationId: string; assignments: readonly SegmentAssignment[] },
): Promise<void> {
  const { workspaceId, segmentationId, assignments } = params;
  for (let at = 0; at < assignments.length; at += CHUNK) {
    const rows = assignments
      .slice(at, at + CHUNK)
      .map((a) => ({ account_id: a.accountId, segment: a.segment, trace: a.trace }));
    await sql.query(
      `insert into account_segments (workspace_id, segmentation_id, account_id, segment, trace)
       select $1, $2, r.account_id, r.segment, r.trace
       from jsonb_to_recordset($3::jsonb) as r(account_id uuid, segment text, trace jsonb)`,
      [workspaceId, segmentationId, JSON.stringify(rows)],
    );
  }
}
