import type { z } from "@hono/zod-openapi";
import { type Db, dashboards } from "@attain/db";
import type { Viewer } from "../auth/viewer";
import { problems } from "../http/problem";
import { assertDashboardWidgets } from "./assert-dashboard-widgets";
import { assertMayKeepDashboards } from "./dashboard-access";
import { loadDashboardCatalogue } from "./load-dashboard-catalogue";
import { dashboardPresetDefinitions, resolvePresetWidgets } from "./presets";
import type { DashboardCreateBody } from "./schemas";
import { storedDashboardDto } from "./to-dashboard-dto";
import type { DashboardDto } from "./types";

/**
 * A new dashboard of the viewer's: a copy of a preset (its widgets, unless the body gives its own) or blank; shared
 * with the whole workspace (no owner) when an admin asks.
 */
export async function createDashboard(
  db: Db,
  viewer: Viewer,
  now: Date,
  body: z.infer<typeof DashboardCreateBody>,
): Promise<DashboardDto> {
  assertMayKeepDashboards(viewer);
  if (body.shared && viewer.role !== "admin") {
    throw problems.forbidden("Only admins share dashboards with the whole workspace.");
  }
  const catalogue = await loadDashboardCatalogue(db, viewer.workspaceId);
  const widgets =
    body.widgets ??
    (body.preset ? resolvePresetWidgets(dashboardPresetDefinitions[body.preset], catalogue.keys) : []);
  assertDashboardWidgets(widgets, catalogue.keys);
  const [row] = await db
    .insert(dashboards)
    .values({
      workspaceId: viewer.workspaceId,
      ownerUserId: body.shared ? null : viewer.userId,
      name: body.name,
      preset: body.preset ?? null,
      widgets,
      filters: body.filters ?? {},
      createdAt: now,
      updatedAt: now,
    })
    .returning();
  return storedDashboardDto(row!, viewer);
}
