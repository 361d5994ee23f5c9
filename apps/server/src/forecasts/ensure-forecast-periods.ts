import { and, desc, eq } from "drizzle-orm";
import { type Db, forecastPeriods, workspaces } from "@attain/db";
import { addMonths, type FiscalCalendar, fiscalQuarterOf, fiscalQuarterRange } from "@attain/engine";
import { problems } from "../http/problem";

export type ForecastPeriodRow = typeof forecastPeriods.$inferSelect;

/** The workspace's fiscal calendar and reporting currency. */
export async function loadForecastCalendar(
  db: Db,
  workspaceId: string,
): Promise<{ calendar: FiscalCalendar; currency: string; name: string }> {
  const [row] = await db
    .select({
      startMonth: workspaces.fiscalYearStartMonth,
      naming: workspaces.fiscalYearNaming,
      currency: workspaces.reportingCurrency,
      name: workspaces.name,
    })
    .from(workspaces)
    .where(eq(workspaces.id, workspaceId));
  if (!row) throw problems.notFound("The workspace");
  return {
    calendar: { startMonth: row.startMonth, naming: row.naming === "start" ? "start" : "end" },
    currency: row.currency,
    name: row.name,
  };
}

/**
 * Creates the fiscal quarter containing `today`, the one before and the one after when missing (concurrent callers
 * are harmless: a quarter is unique by its first day), and returns every period of the workspace, newest first.
 */
export async function ensureForecastPeriods(
  db: Db,
  params: { workspaceId: string; today: string },
): Promise<ForecastPeriodRow[]> {
  const { calendar } = await loadForecastCalendar(db, params.workspaceId);
  const { workspaceId } = params;
  const rows = [-3, 0, 3].map((shift) => {
    const { fiscalYear, quarter } = fiscalQuarterOf(addMonths(params.today, shift), calendar);
    const range = fiscalQuarterRange(fiscalYear, quarter, calendar);
    return { workspaceId, label: `FY${fiscalYear} Q${quarter}`, startsOn: range.start, endsOn: range.end };
  });
  await db.insert(forecastPeriods).values(rows).onConflictDoNothing();
  return db
    .select()
    .from(forecastPeriods)
    .where(eq(forecastPeriods.workspaceId, workspaceId))
    .orderBy(desc(forecastPeriods.startsOn));
}

/** One period of the workspace, or 404. */
export async function loadForecastPeriod(
  db: Db,
  workspaceId: string,
  periodId: string,
): Promise<ForecastPeriodRow> {
  const [row] = await db
    .select()
    .from(forecastPeriods)
    .where(and(eq(forecastPeriods.workspaceId, workspaceId), eq(forecastPeriods.id, periodId)));
  if (!row) throw problems.notFound("The forecast period");
  return row;
}
