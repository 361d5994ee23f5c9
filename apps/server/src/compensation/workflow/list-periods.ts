import { asc, eq } from "drizzle-orm";
import { compPeriods, type CompPeriodStatus, type Db } from "@attain/db";
import type { Viewer } from "../../auth/viewer";
import { resolvePayScope, visibleRunId } from "./resolve-pay-scope";
import { type CurrencyTotals, sumPeriodTotals } from "./sum-period-totals";

export type PeriodSummary = {
  periodKey: string;
  periodStart: string;
  periodEnd: string;
  status: CompPeriodStatus;
  currentRunId: string | null;
  publishedRunId: string | null;
  payeeCount: number;
  totals: CurrencyTotals[];
};

/** Every pay period of the workspace, oldest first, with payee count and totals in the caller's pay scope (reps: published only). */
export async function listPeriods(db: Db, viewer: Viewer): Promise<PeriodSummary[]> {
  const periods = await db
    .select()
    .from(compPeriods)
    .where(eq(compPeriods.workspaceId, viewer.workspaceId))
    .orderBy(asc(compPeriods.periodStart), asc(compPeriods.periodKey));
  const summaries: PeriodSummary[] = [];
  for (const period of periods) {
    const personIds = await resolvePayScope(db, viewer, period.periodEnd);
    const runId = visibleRunId(viewer, period);
    // A rep sees nothing of a period before it is published (no provisional results, no pending adjustments).
    const figures =
      personIds !== null && viewer.role !== "manager" && runId === null
        ? { payeeCount: 0, totals: [] }
        : await sumPeriodTotals(db, {
            workspaceId: viewer.workspaceId,
            periodKey: period.periodKey,
            runId,
            personIds,
          });
    summaries.push({
      periodKey: period.periodKey,
      periodStart: period.periodStart,
      periodEnd: period.periodEnd,
      status: period.status,
      currentRunId: period.currentRunId,
      publishedRunId: period.publishedRunId,
      ...figures,
    });
  }
  return summaries;
}
