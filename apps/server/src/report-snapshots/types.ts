import type { DashboardFilters, DashboardPreset } from "@attain/db";
import type { DashboardData } from "../dashboards/types";

/** A report snapshot without its data (lists). `dashboardId` is `preset:<name>` for a preset's snapshot. */
export type ReportSnapshotSummary = {
  id: string;
  dashboardId: string | null;
  preset: DashboardPreset | null;
  name: string;
  filters: DashboardFilters;
  takenBy: { userId: string | null; name: string | null };
  takenAt: string;
};

export type ReportSnapshotDto = ReportSnapshotSummary & { data: DashboardData };
