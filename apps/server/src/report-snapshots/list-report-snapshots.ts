import { and, desc, eq, isNull } from "drizzle-orm";
import { type DashboardPreset, type Db, reportSnapshots, users } from "@attain/db";
import type { Viewer } from "../auth/viewer";
import { visibleSnapshots } from "./snapshot-access";
import { toSnapshotSummary } from "./to-snapshot-summary";
import type { ReportSnapshotSummary } from "./types";

const uuidPattern = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** The viewer's visible snapshots, newest first, optionally of one dashboard (`preset:<name>` included). */
export async function listReportSnapshots(
  db: Db,
  viewer: Viewer,
  query: { dashboardId?: string | undefined },
): Promise<ReportSnapshotSummary[]> {
  const conditions = [visibleSnapshots(viewer)];
  const id = query.dashboardId;
  if (id?.startsWith("preset:")) {
    conditions.push(
      eq(reportSnapshots.preset, id.slice("preset:".length) as DashboardPreset),
      isNull(reportSnapshots.dashboardId),
    );
  } else if (id !== undefined) {
    if (!uuidPattern.test(id)) return [];
    conditions.push(eq(reportSnapshots.dashboardId, id));
  }
  const rows = await db
    .select({
      id: reportSnapshots.id,
      workspaceId: reportSnapshots.workspaceId,
      dashboardId: reportSnapshots.dashboardId,
      preset: reportSnapshots.preset,
      name: reportSnapshots.name,
      filters: reportSnapshots.filters,
      takenBy: reportSnapshots.takenBy,
      takenAt: reportSnapshots.takenAt,
      takerName: users.displayName,
    })
    .from(reportSnapshots)
    .leftJoin(
      users,
      and(eq(users.id, reportSnapshots.takenBy), eq(users.workspaceId, reportSnapshots.workspaceId)),
    )
    .where(and(...conditions))
    .orderBy(desc(reportSnapshots.takenAt), desc(reportSnapshots.id))
    .limit(500);
  return rows.map(({ takerName, ...row }) => toSnapshotSummary(row, takerName));
}
