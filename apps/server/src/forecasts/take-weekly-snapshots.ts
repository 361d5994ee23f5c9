import { and, eq } from "drizzle-orm";
import { type AttainDatabase, forecastSnapshots, workspaces } from "@attain/db";
import { mondayOf } from "@attain/engine";
import { ensureForecastPeriods } from "./ensure-forecast-periods";
import { takeForecastSnapshot } from "./take-forecast-snapshot";

/**
 * This week's snapshot (as of its Monday) of every open period that contains that Monday, in every workspace (or
 * the one named), unless that day already has one: safe to run at any time, as often as wanted. A workspace that
 * fails is logged and skipped, so one bad workspace does not stop the others.
 */
export async function takeWeeklySnapshots(
  database: AttainDatabase,
  params: { today: string; now: Date; workspaceId?: string },
): Promise<{ taken: { workspaceId: string; periodId: string; takenOn: string }[] }> {
  const { db } = database;
  const monday = mondayOf(params.today);
  const ids = params.workspaceId
    ? [params.workspaceId]
    : (await db.select({ id: workspaces.id }).from(workspaces)).map((w) => w.id);
  const taken: { workspaceId: string; periodId: string; takenOn: string }[] = [];
  for (const workspaceId of ids) {
    try {
      const periods = await ensureForecastPeriods(db, { workspaceId, today: params.today });
      for (const period of periods) {
        if (period.status !== "open" || monday < period.startsOn || monday > period.endsOn) continue;
        const [existing] = await db
          .select({ id: forecastSnapshots.id })
          .from(forecastSnapshots)
          .where(
            and(
              eq(forecastSnapshots.workspaceId, workspaceId),
              eq(forecastSnapshots.periodId, period.id),
              eq(forecastSnapshots.takenOn, monday),
            ),
          );
        if (existing) continue;
        await takeForecastSnapshot(database, {
          workspaceId,
          periodId: period.id,
          takenOn: monday,
          kind: "weekly",
          now: params.now,
        });
        taken.push({ workspaceId, periodId: period.id, takenOn: monday });
      }
    } catch (error) {
      console.error(`weekly forecast snapshot of workspace ${workspaceId}:`, error);
    }
  }
  return { taken };
}
