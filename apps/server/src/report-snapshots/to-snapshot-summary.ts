import type { reportSnapshots } from "@attain/db";
import { presetDashboardId } from "../dashboards/presets";
import type { ReportSnapshotSummary } from "./types";

/** A stored snapshot row (and its taker's name) as the API lists it. */
export function toSnapshotSummary(
  row: Omit<typeof reportSnapshots.$inferSelect, "data">,
  takerName: string | null,
): ReportSnapshotSummary {
  return {
    id: row.id,
    dashboardId: row.dashboardId ?? (row.preset ? presetDashboardId(row.preset) : null),
    preset: row.preset ?? null,
    name: row.name,
    filters: row.filters,
    takenBy: { userId: row.takenBy, name: takerName },
    takenAt: row.takenAt.toISOString(),
  };
}
