import { and, asc, eq, gte, inArray, lte, sql } from "drizzle-orm";
import { compAdjustments, compPeriods, compResults, type Db, workspaces } from "@attain/db";
import { fiscalYearOf, fiscalYearRange, sumAmounts } from "@attain/engine";
import type { PeriodRow } from "../workflow/load-period";

export type YearToDate = {
  fiscalYear: number;
  earned: string;
  payable: string;
  byPeriod: { periodKey: string; status: string; earned: string; payable: string }[];
};

/**
 * The payee's earned and payable (result payable + adjustments) for each period of the fiscal year up to and
 * including `period`, in `currency`, from each period's published run (or current run before publication).
 * `onlyFinal` keeps published and paid periods only (what a rep may see).
 */
export async function loadYearToDate(
  db: Db,
  params: { workspaceId: string; personId: string; period: PeriodRow; currency: string; onlyFinal: boolean },
): Promise<YearToDate> {
  const [workspace] = await db.select().from(workspaces).where(eq(workspaces.id, params.workspaceId));
  const calendar = {
    startMonth: workspace?.fiscalYearStartMonth ?? 1,
    naming: workspace?.fiscalYearNaming === "start" ? ("start" as const) : ("end" as const),
  };
  const fiscalYear = fiscalYearOf(params.period.periodStart, calendar);
  const range = fiscalYearRange(fiscalYear, calendar);
  const periods = await db
    .select()
    .from(compPeriods)
    .where(
      and(
        eq(compPeriods.workspaceId, params.workspaceId),
        gte(compPeriods.periodStart, range.start),
        lte(compPeriods.periodStart, params.period.periodStart),
        params.onlyFinal ? inArray(compPeriods.status, ["published", "paid"]) : undefined,
      ),
    )
    .orderBy(asc(compPeriods.periodStart));
  const byPeriod: YearToDate["byPeriod"] = [];
  for (const period of periods) {
    const runId = period.publishedRunId ?? period.currentRunId;
    if (!runId) continue;
    const [result] = await db
      .select({ earned: compResults.earned, payable: compResults.payable })
      .from(compResults)
      .where(
        and(
          eq(compResults.runId, runId),
          eq(compResults.personId, params.personId),
          eq(compResults.currency, params.currency),
        ),
      );
    const [adjusted] = await db
      .select({ amount: sql<string>`coalesce(sum(${compAdjustments.amount}), 0)` })
      .from(compAdjustments)
      .where(
        and(
          eq(compAdjustments.workspaceId, params.workspaceId),
          eq(compAdjustments.personId, params.personId),
          eq(compAdjustments.periodKey, period.periodKey),
          eq(compAdjustments.currency, params.currency),
        ),
      );
    if (!result && adjusted?.amount === "0") continue;
    byPeriod.push({
      periodKey: period.periodKey,
      status: period.status,
      earned: result?.earned ?? "0",
      payable: sumAmounts([result?.payable ?? "0", adjusted?.amount ?? "0"]),
    });
  }
  return {
    fiscalYear,
    earned: sumAmounts(byPeriod.map((p) => p.earned)),
    payable: sumAmounts(byPeriod.map((p) => p.payable)),
    byPeriod,
  };
}
