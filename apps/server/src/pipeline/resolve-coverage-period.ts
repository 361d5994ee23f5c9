import { and, eq } from "drizzle-orm";
import { type Db, forecastPeriods } from "@attain/db";
import { type FiscalCalendar, fiscalQuarterOf, fiscalQuarterRange, parseFiscalQuarter } from "@attain/engine";
import { ApiError, problems } from "../http/problem";

export type CoveragePeriod = { id: string; label: string; startsOn: string; endsOn: string };

const uuidPattern = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * `period=`: a forecast period id, or a fiscal quarter "YYYY-Qn" of the workspace's calendar (its forecast period's id
 * when one exists, else the quarter itself); default the quarter containing today.
 */
export async function resolveCoveragePeriod(
  db: Db,
  params: { workspaceId: string; period: string | undefined; today: string; calendar: FiscalCalendar },
): Promise<CoveragePeriod> {
  const { workspaceId, period, today, calendar } = params;
  if (period && uuidPattern.test(period)) {
    const [row] = await db
      .select()
      .from(forecastPeriods)
      .where(and(eq(forecastPeriods.workspaceId, workspaceId), eq(forecastPeriods.id, period)));
    if (!row) throw problems.notFound("The forecast period");
    return { id: row.id, label: row.label, startsOn: row.startsOn, endsOn: row.endsOn };
  }
  let quarter: { fiscalYear: number; quarter: number };
  if (period) {
    if (!/^\d{4}-Q[1-4]$/.test(period))
      throw new ApiError(400, "Invalid request", undefined, [
        { path: "period", message: "Expected a forecast period id or a fiscal quarter as YYYY-Qn" },
      ]);
    quarter = parseFiscalQuarter(period);
  } else quarter = fiscalQuarterOf(today, calendar);
  const range = fiscalQuarterRange(quarter.fiscalYear, quarter.quarter, calendar);
  const [row] = await db
    .select({ id: forecastPeriods.id, label: forecastPeriods.label })
    .from(forecastPeriods)
    .where(and(eq(forecastPeriods.workspaceId, workspaceId), eq(forecastPeriods.startsOn, range.start)));
  return {
    id: row?.id ?? `${quarter.fiscalYear}-Q${quarter.quarter}`,
    label: row?.label ?? `FY${quarter.fiscalYear} Q${quarter.quarter}`,
    startsOn: range.start,
    endsOn: range.end,
  };
}
