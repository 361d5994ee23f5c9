import type { z } from "@hono/zod-openapi";
import { and, eq } from "drizzle-orm";
import { type Db, dashboards } from "@attain/db";
import type { Viewer } from "../auth/viewer";
import { problems } from "../http/problem";
import { assertDashboardWidgets } from "./assert-dashboard-widgets";
import { mayEditDashboard } from "./dashboard-access";
import { findStoredDashboard } from "./find-dashboard";
import { loadDashboardCatalogue } from "./load-dashboard-catalogue";
import type { DashboardUpdateBody } from "./schemas";
import { storedDashboardDto } from "./to-dashboard-dto";
import type { DashboardDto } from "./types";

/**
 * Renames a dashboard, replaces its widget list (how the web adds, removes and arranges widgets) and/or its filters.
 * Presets are code: copy one first (POST with `preset`).
 */
export async function updateDashboard(
  db: Db,
  viewer: Viewer,
  now: Date,
  id: string,
  body: z.infer<typeof DashboardUpdateBody>,
): Promise<DashboardDto> {
  if (id.startsWith("preset:")) {
    throw problems.forbidden("A preset cannot be changed; create a copy of it (POST /api/dashboards).");
  }
  const row = await findStoredDashboard(db, viewer, id);
  if (!mayEditDashboard(viewer, row.ownerUserId)) {
    throw problems.forbidden(
      row.ownerUserId === null
        ? "Only admins change shared dashboards."
        : "You cannot change this dashboard.",
    );
  }
  if (body.widgets) {
    const catalogue = await loadDashboardCatalogue(db, viewer.workspaceId);
    assertDashboardWidgets(body.widgets, catalogue.keys);
  }
  const [updated] = await db
    .update(dashboards)
    .set({
      ...(body.name === undefined ? {} : { name: body.name }),
      ...(body.widgets === undefined ? {} : { widgets: body.widgets }),
      ...(body.filters === undefined ? {} : { filters: body.filters }),
      updatedAt: now,
    })
    .where(and(eq(dashboards.workspaceId, viewer.workspaceId), eq(dashboards.id, row.id)))
    .returning();
  return storedDashboardDto(updated!, viewer);
}
