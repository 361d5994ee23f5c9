import type { z } from "@hono/zod-openapi";
import { type Db, reportSnapshots } from "@attain/db";
import type { Viewer } from "../auth/viewer";
import { findDashboard } from "../dashboards/find-dashboard";
import { readDashboardData } from "../dashboards/get-dashboard-data";
import { loadDashboardCatalogue } from "../dashboards/load-dashboard-catalogue";
import { mergeDashboardFilters } from "../dashboards/merge-dashboard-filters";
import type { SnapshotCreateBody } from "./schemas";
import { toSnapshotSummary } from "./to-snapshot-summary";
import type { ReportSnapshotDto } from "./types";

/**
 * Stores a dashboard's data as the viewer sees it now (their scope, the filters over the dashboard's saved ones),
 * kept without a time limit. Anyone who can open the dashboard may take one.
 */
export async function createReportSnapshot(
  db: Db,
  viewer: Viewer,
  clock: { today: string; now: Date },
  body: z.infer<typeof SnapshotCreateBody>,
): Promise<ReportSnapshotDto> {
  const catalogue = await loadDashboardCatalogue(db, viewer.workspaceId);
  const dashboard = await findDashboard(db, viewer, body.dashboardId, catalogue.keys);
  const data = await readDashboardData(db, viewer, clock.today, dashboard, catalogue, body.filters ?? {});
  const period =
    data.context.from === data.context.to ? data.context.from : `${data.context.from} – ${data.context.to}`;
  const [row] = await db
    .insert(reportSnapshots)
    .values({
      workspaceId: viewer.workspaceId,
      dashboardId: dashboard.id.startsWith("preset:") ? null : dashboard.id,
      preset: dashboard.preset,
      name: body.name ?? `${dashboard.name} ${period}`,
      filters: mergeDashboardFilters(dashboard.filters, body.filters ?? {}),
      data,
      takenBy: viewer.userId,
      takenAt: clock.now,
    })
    .returning();
  return { ...toSnapshotSummary(row!, viewer.displayName), data };
}
