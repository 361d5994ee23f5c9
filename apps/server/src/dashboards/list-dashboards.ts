import { and, asc, eq, isNull, or } from "drizzle-orm";
import { type Db, dashboards } from "@attain/db";
import type { Viewer } from "../auth/viewer";
import { loadDashboardCatalogue } from "./load-dashboard-catalogue";
import { presetsForRole } from "./presets";
import { presetDashboardDto, storedDashboardDto } from "./to-dashboard-dto";
import type { DashboardDto } from "./types";

/** The five presets (the viewer's role's first) and the viewer's own and the workspace's shared dashboards. */
export async function listDashboards(
  db: Db,
  viewer: Viewer,
): Promise<{ presets: DashboardDto[]; dashboards: DashboardDto[] }> {
  const catalogue = await loadDashboardCatalogue(db, viewer.workspaceId);
  const rows = await db
    .select()
    .from(dashboards)
    .where(
      and(
        eq(dashboards.workspaceId, viewer.workspaceId),
        or(eq(dashboards.ownerUserId, viewer.userId), isNull(dashboards.ownerUserId)),
      ),
    )
    .orderBy(asc(dashboards.name), asc(dashboards.id));
  return {
    presets: presetsForRole(viewer.role).map((preset) => presetDashboardDto(preset, catalogue.keys)),
    dashboards: rows.map((row) => storedDashboardDto(row, viewer)),
  };
}
