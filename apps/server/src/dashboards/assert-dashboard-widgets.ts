import type { DashboardWidget } from "@attain/db";
import { ApiError } from "../http/problem";
import { checkDashboardWidgets } from "./check-dashboard-widgets";

/** 422 naming every broken widget rule (check-dashboard-widgets.ts), or nothing. */
export function assertDashboardWidgets(widgets: readonly DashboardWidget[], knownKpiKeys: readonly string[]) {
  const problems = checkDashboardWidgets(widgets, new Set(knownKpiKeys));
  if (problems.length > 0) {
    throw new ApiError(422, "Invalid dashboard", "Some widgets are not valid; see `errors`.", problems);
  }
}
