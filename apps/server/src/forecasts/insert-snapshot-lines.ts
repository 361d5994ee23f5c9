import { sql } from "drizzle-orm";
import type { Db, forecastSnapshotLines } from "@attain/db";

export type SnapshotLineRow = Omit<typeof forecastSnapshotLines.$inferInsert, "workspaceId" | "snapshotId">;

// A snapshot of 5,000 people is 60,000 lines: row-by-row parameters (13 a row) would need 780,000 binds in ~800
// statements; one JSON document per 5,000 rows, expanded by jsonb_to_recordset, is a few statements, COPY-like.
const BATCH = 5_000;

/** Writes a snapshot's lines in a few set-based statements (same SQL on PGlite and PostgreSQL). */
export async function insertSnapshotLines(
  db: Db,
  params: { workspaceId: string; snapshotId: string },
  lines: readonly SnapshotLineRow[],
): Promise<void> {
  for (let i = 0; i < lines.length; i += BATCH) {
    const json = JSON.stringify(
      lines.slice(i, i + BATCH).map((l) => ({
        person_id: l.personId,
        manager_id: l.managerId ?? null,
        motion: l.motion,
        category: l.category,
        own_call: l.ownCall ?? null,
        rolled_up: l.rolledUp,
        adjusted: l.adjusted ?? null,
        deals: l.deals,
        statistical_expected: l.statisticalExpected ?? null,
        statistical_low: l.statisticalLow ?? null,
        statistical_high: l.statisticalHigh ?? null,
      })),
    );
    await db.execute(sql`insert into forecast_snapshot_lines (workspace_id, snapshot_id, person_id, manager_id, motion,
        category, own_call, rolled_up, adjusted, deals, statistical_expected, statistical_low, statistical_high)
      select ${params.workspaceId}::uuid, ${params.snapshotId}::uuid, r.person_id, r.manager_id, r.motion, r.category,
        r.own_call, r.rolled_up, r.adjusted, r.deals, r.statistical_expected, r.statistical_low, r.statistical_high
      from jsonb_to_recordset(${json}::jsonb) as r(person_id uuid, manager_id uuid, motion text, category text,
        own_call numeric, rolled_up numeric, adjusted numeric, deals numeric, statistical_expected numeric,
        statistical_low numeric, statistical_high numeric)`);
  }
}
