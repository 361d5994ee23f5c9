import { and, desc, eq, inArray, type SQL } from "drizzle-orm";
import { type Db, forecastAccuracy as accuracyTable, forecastPeriods } from "@attain/db";
import { forecastAccuracy } from "@attain/engine";
import { resolveScope } from "../auth/resolve-scope";
import type { Viewer } from "../auth/viewer";
import type { MotionView } from "./compute-forecast-roll-up";
import { loadForecastCalendar } from "./ensure-forecast-periods";
import { assertMayReadForecasts } from "./forecast-access";
import { loadOrgOn } from "./load-org-on";
import { periodView } from "./period-view";

/**
 * Closed periods' accuracy for the people the caller may see: per person, source (their call, their roll-up, the
 * statistical forecast) and category, every weekly point, with MAPE and bias over all the points shown.
 */
export async function getForecastAccuracy(
  db: Db,
  viewer: Viewer,
  params: { periodId?: string | undefined; personId?: string | undefined; motion: MotionView; today: string },
) {
  assertMayReadForecasts(viewer);
  const { name: workspaceName } = await loadForecastCalendar(db, viewer.workspaceId);
  const scope = await resolveScope(db, viewer, {
    personId: params.personId,
    asOf: params.today,
    workspaceName,
  });
  const periodConditions: SQL[] = [
    eq(forecastPeriods.workspaceId, viewer.workspaceId),
    eq(forecastPeriods.status, "closed"),
  ];
  if (params.periodId) periodConditions.push(eq(forecastPeriods.id, params.periodId));
  const periods = await db
    .select()
    .from(forecastPeriods)
    .where(and(...periodConditions))
    .orderBy(desc(forecastPeriods.startsOn));
  if (periods.length === 0) return { periods: [], people: [] };
  const conditions: SQL[] = [
    eq(accuracyTable.workspaceId, viewer.workspaceId),
    eq(accuracyTable.motion, params.motion),
    inArray(
      accuracyTable.periodId,
      periods.map((p) => p.id),
    ),
  ];
  if (scope.personIds) conditions.push(inArray(accuracyTable.personId, scope.personIds));
  const rows = await db
    .select()
    .from(accuracyTable)
    .where(and(...conditions));
  const { people } = await loadOrgOn(db, viewer.workspaceId, params.today);
  const periodOrder = new Map(periods.map((p) => [p.id, p.startsOn]));
  const groups = new Map<string, typeof rows>();
  for (const row of rows) {
    const key = `${row.personId}|${row.source}|${row.category}`;
    const list = groups.get(key);
    if (list) list.push(row);
    else groups.set(key, [row]);
  }
  const sourceOrder = ["call", "rollup", "statistical"];
  const result = [...groups.values()].map((list) => {
    const first = list[0] as (typeof rows)[number];
    list.sort(
      (a, b) =>
        (periodOrder.get(a.periodId) ?? "").localeCompare(periodOrder.get(b.periodId) ?? "") ||
        a.takenOn.localeCompare(b.takenOn),
    );
    const measured = forecastAccuracy(
      list.map((r) => ({ takenOn: r.takenOn, forecast: r.forecast, actual: r.actual })),
    );
    return {
      personId: first.personId,
      name: people.get(first.personId)?.name ?? "",
      source: first.source,
      category: first.category,
      points: list.map((r) => ({
        periodId: r.periodId,
        takenOn: r.takenOn,
        forecast: r.forecast,
        actual: r.actual,
        error: r.error,
        ape: r.absolutePercentageError,
      })),
      mape: measured.mape,
      bias: measured.bias,
    };
  });
  result.sort(
    (a, b) =>
      a.name.localeCompare(b.name) ||
      sourceOrder.indexOf(a.source) - sourceOrder.indexOf(b.source) ||
      a.category.localeCompare(b.category),
  );
  return { periods: periods.map((p) => periodView(p, params.today)), people: result };
}
