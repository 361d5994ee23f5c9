import { and, eq } from "drizzle-orm";
import { type AttainDatabase, forecastAccuracy, forecastPeriods } from "@attain/db";
import { ApiError } from "../http/problem";
import { type AccuracyRow, buildAccuracyRows } from "./build-accuracy-rows";
import type { MotionView } from "./compute-forecast-roll-up";
import { type ForecastPeriodRow, loadForecastPeriod } from "./ensure-forecast-periods";
import { loadSnapshotPoints } from "./load-snapshot-points";
import { takeForecastSnapshot } from "./take-forecast-snapshot";

const BATCH = 1_000;

/**
 * Closes a period that has ended: a final snapshot (kind `close`, as of its last day), then — in one transaction with
 * the status change — the accuracy of every week's forecasts of every person, per motion and for both together.
 * From then on calls are refused (409).
 */
export async function closeForecastPeriod(
  database: AttainDatabase,
  params: { workspaceId: string; periodId: string; actorId: string; now: Date; today: string },
): Promise<ForecastPeriodRow> {
  const { workspaceId } = params;
  const period = await loadForecastPeriod(database.db, workspaceId, params.periodId);
  const refuse = (detail: string) => new ApiError(409, "Period cannot be closed", detail);
  if (period.status === "closed") throw refuse(`${period.label} is already closed.`);
  if (period.endsOn > params.today) throw refuse(`${period.label} ends on ${period.endsOn}, after today.`);

  await takeForecastSnapshot(database, {
    workspaceId,
    periodId: period.id,
    takenOn: period.endsOn,
    kind: "close",
    now: params.now,
  });
  const rows: AccuracyRow[] = [];
  for (const motion of ["new_business", "expansion_renewal", "all"] as MotionView[]) {
    const points = await loadSnapshotPoints(database.db, {
      workspaceId,
      periodId: period.id,
      personIds: null,
      motion,
    });
    rows.push(...buildAccuracyRows(points));
  }

  return database.transaction(async ({ db }) => {
    const where = and(eq(forecastPeriods.workspaceId, workspaceId), eq(forecastPeriods.id, period.id));
    const [locked] = await db.select().from(forecastPeriods).where(where).for("update");
    if (locked?.status !== "open") throw refuse(`${period.label} is already closed.`);
    await db
      .delete(forecastAccuracy)
      .where(and(eq(forecastAccuracy.workspaceId, workspaceId), eq(forecastAccuracy.periodId, period.id)));
    for (let i = 0; i < rows.length; i += BATCH) {
      await db.insert(forecastAccuracy).values(
        rows.slice(i, i + BATCH).map((r) => ({
          workspaceId,
          periodId: period.id,
          personId: r.personId,
          motion: r.motion,
          source: r.source,
          category: r.category,
          takenOn: r.takenOn,
          forecast: r.forecast,
          actual: r.actual,
          error: r.error,
          absolutePercentageError: r.ape,
        })),
      );
    }
    const [closed] = await db
      .update(forecastPeriods)
      .set({ status: "closed", closedAt: params.now, closedBy: params.actorId })
      .where(where)
      .returning();
    return closed as ForecastPeriodRow;
  });
}
