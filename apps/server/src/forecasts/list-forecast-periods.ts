import type { Db } from "@attain/db";
import type { Viewer } from "../auth/viewer";
import { ensureForecastPeriods } from "./ensure-forecast-periods";
import { assertMayReadForecasts } from "./forecast-access";
import { periodView } from "./period-view";

/** The workspace's forecast periods, newest first (the current, previous and next quarters created if missing). */
export async function listForecastPeriods(db: Db, viewer: Viewer, today: string) {
  assertMayReadForecasts(viewer);
  const rows = await ensureForecastPeriods(db, { workspaceId: viewer.workspaceId, today });
  return { periods: rows.map((r) => periodView(r, today)) };
}
