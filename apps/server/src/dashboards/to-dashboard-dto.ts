import type { DashboardFilters, DashboardWidget, dashboards } from "@attain/db";
import type { Viewer } from "../auth/viewer";
import { mayEditDashboard } from "./dashboard-access";
import { type DashboardPresetDefinition, presetDashboardId, resolvePresetWidgets } from "./presets";
import type { DashboardDto } from "./types";

/** A stored dashboard as the API shows it to `viewer`. */
export function storedDashboardDto(row: typeof dashboards.$inferSelect, viewer: Viewer): DashboardDto {
  return {
    id: row.id,
    name: row.name,
    preset: row.preset ?? null,
    widgets: row.widgets satisfies DashboardWidget[],
    filters: row.filters satisfies DashboardFilters,
    editable: mayEditDashboard(viewer, row.ownerUserId),
    ownerUserId: row.ownerUserId,
    updatedAt: row.updatedAt.toISOString(),
  };
}

/** A preset as a read-only dashboard of the workspace whose catalogue has `catalogueKeys`. */
export function presetDashboardDto(
  definition: DashboardPresetDefinition,
  catalogueKeys: readonly string[],
): DashboardDto {
  return {
    id: presetDashboardId(definition.preset),
    name: definition.name,
    preset: definition.preset,
    widgets: resolvePresetWidgets(definition, catalogueKeys),
    filters: {},
    editable: false,
    ownerUserId: null,
    updatedAt: null,
  };
}
