import { and, eq } from "drizzle-orm";
import { type Db, forecastPeriods } from "@attain/db";
import { problems } from "../http/problem";

export type ForecastPeriodRow = { id: string; label: string; startsOn: string; endsOn: string };

/** A period of the workspace, or 404. */
export async function loadForecastPeriod(
  db: Db,
  workspaceId: string,
  periodId: string,
): Promise<ForecastPeriodRow> {
  const [period] = await db
    .select({
      id: forecastPeriods.id,
      label: forecastPeriods.label,
      startsOn: forecastPeriods.startsOn,
      endsOn: forecastPeriods.endsOn,
    })
    .from(forecastPeriods)
    .where(and(eq(forecastPeriods.workspaceId, workspaceId), eq(forecastPeriods.id, periodId)));
  if (!period) throw problems.notFound("The forecast period");
  return period;
}
