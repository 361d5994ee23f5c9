import { and, eq } from "drizzle-orm";
import { type Db, reportSnapshots, users } from "@attain/db";
import type { Viewer } from "../auth/viewer";
import type { DashboardData } from "../dashboards/types";
import { problems } from "../http/problem";
import { visibleSnapshots } from "./snapshot-access";
import { toSnapshotSummary } from "./to-snapshot-summary";
import type { ReportSnapshotDto } from "./types";

/** One snapshot with its stored data, if the viewer may see it (404 otherwise). */
export async function getReportSnapshot(db: Db, viewer: Viewer, id: string): Promise<ReportSnapshotDto> {
  const [found] = await db
    .select({ snapshot: reportSnapshots, takerName: users.displayName })
    .from(reportSnapshots)
    .leftJoin(
      users,
      and(eq(users.id, reportSnapshots.takenBy), eq(users.workspaceId, reportSnapshots.workspaceId)),
    )
    .where(and(visibleSnapshots(viewer), eq(reportSnapshots.id, id)));
  if (!found) throw problems.notFound("The report snapshot");
  const { data, ...row } = found.snapshot;
  return { ...toSnapshotSummary(row, found.takerName), data: data as DashboardData };
}
