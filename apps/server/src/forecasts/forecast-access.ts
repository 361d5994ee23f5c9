import { problems } from "../http/problem";
import type { Viewer } from "../auth/viewer";

/** Forecasts are for sales, finance and leadership: marketing reads the pipeline only, HR neither. */
export function assertMayReadForecasts(viewer: Viewer): void {
  if (viewer.role === "hr" || viewer.role === "marketing") {
    throw problems.forbidden("Your role does not see forecasts.");
  }
}

/** Snapshots on demand: those who run the forecast (admins, finance, managers). */
export function assertMayTakeSnapshots(viewer: Viewer): void {
  if (!["admin", "comp_admin", "manager"].includes(viewer.role)) {
    throw problems.forbidden("Only admins, finance and managers take forecast snapshots.");
  }
}

/** Closing a period (it freezes calls and computes accuracy) is for admins and finance. */
export function assertMayClosePeriods(viewer: Viewer): void {
  if (viewer.role !== "admin" && viewer.role !== "comp_admin") {
    throw problems.forbidden("Only admins and finance close forecast periods.");
  }
}
