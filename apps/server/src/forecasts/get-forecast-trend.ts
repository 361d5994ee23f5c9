import type { Db } from "@attain/db";
import type { Viewer } from "../auth/viewer";
import type { MotionView } from "./compute-forecast-roll-up";
import { loadForecastCalendar, loadForecastPeriod } from "./ensure-forecast-periods";
import { assertMayReadForecasts } from "./forecast-access";
import { loadOrgOn } from "./load-org-on";
import { loadSnapshotPoints } from "./load-snapshot-points";
import { periodView } from "./period-view";
import { pickForecastPerson } from "./pick-forecast-person";
import type { TrendPoint } from "./schemas";

/** One person's forecast week by week: their roll-up in each snapshot of the period, oldest first. */
export async function getForecastTrend(
  db: Db,
  viewer: Viewer,
  params: { periodId: string; personId?: string | undefined; motion: MotionView; today: string },
) {
  assertMayReadForecasts(viewer);
  const period = await loadForecastPeriod(db, viewer.workspaceId, params.periodId);
  const { currency, name: workspaceName } = await loadForecastCalendar(db, viewer.workspaceId);
  const { people, result } = await loadOrgOn(db, viewer.workspaceId, params.today);
  const personId = await pickForecastPerson(db, viewer, {
    personId: params.personId,
    asOf: params.today,
    workspaceName,
    result,
  });
  const points = await loadSnapshotPoints(db, {
    workspaceId: viewer.workspaceId,
    periodId: period.id,
    personIds: [personId],
    motion: params.motion,
  });
  return {
    period: periodView(period, params.today),
    currency,
    personId,
    name: people.get(personId)?.name ?? "",
    points: points.map(({ personId: _p, managerId: _m, motion: _mo, ...point }): TrendPoint => point),
  };
}
