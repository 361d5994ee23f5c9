import { and, asc, eq } from "drizzle-orm";
import { compApprovals, type CompPeriodStatus, type Db } from "@attain/db";
import type { Viewer } from "../../auth/viewer";
import { listPeriodPayees, type PeriodPayee } from "./list-period-payees";
import { loadPeriod } from "./load-period";
import { resolvePayScope, visibleRunId } from "./resolve-pay-scope";
import { type CurrencyTotals, sumPeriodTotals } from "./sum-period-totals";

export type PeriodDetail = {
  periodKey: string;
  periodStart: string;
  periodEnd: string;
  status: CompPeriodStatus;
  currentRunId: string | null;
  publishedRunId: string | null;
  updatedAt: string;
  payeeCount: number;
  totals: CurrencyTotals[];
  approvals: {
    id: string;
    step: "manager" | "finance";
    decision: "approved" | "rejected";
    personId: string | null;
    runId: string;
    note: string | null;
    decidedBy: string;
    decidedAt: string;
  }[];
  payees: PeriodPayee[];
};

/**
 * A period's workflow state: status, runs, totals, every approval and rejection, and each payee's manager approval of
 * the current run. Managers see their reporting tree's payees (as of the period's end), reps their own and only once
 * published. Approval notes are shown to admins, comp admins and managers only.
 */
export async function getPeriod(db: Db, viewer: Viewer, periodKey: string): Promise<PeriodDetail> {
  const period = await loadPeriod(db, { workspaceId: viewer.workspaceId, periodKey });
  const personIds = await resolvePayScope(db, viewer, period.periodEnd);
  const runId = visibleRunId(viewer, period);
  // A rep sees nothing of a period before it is published (no provisional results, no pending adjustments).
  const { payeeCount, totals } =
    personIds !== null && viewer.role !== "manager" && runId === null
      ? { payeeCount: 0, totals: [] }
      : await sumPeriodTotals(db, { workspaceId: viewer.workspaceId, periodKey, runId, personIds });
  const seesNotes = viewer.role === "admin" || viewer.role === "comp_admin" || viewer.role === "manager";
  const approvals = await db
    .select()
    .from(compApprovals)
    .where(and(eq(compApprovals.workspaceId, viewer.workspaceId), eq(compApprovals.periodKey, periodKey)))
    .orderBy(asc(compApprovals.decidedAt), asc(compApprovals.id));
  return {
    periodKey,
    periodStart: period.periodStart,
    periodEnd: period.periodEnd,
    status: period.status,
    currentRunId: period.currentRunId,
    publishedRunId: period.publishedRunId,
    updatedAt: period.updatedAt.toISOString(),
    payeeCount,
    totals,
    approvals: approvals
      .filter((a) => personIds === null || a.personId === null || personIds.includes(a.personId))
      .map((a) => ({
        id: a.id,
        step: a.step,
        decision: a.decision,
        personId: a.personId,
        runId: a.runId,
        note: seesNotes ? a.note : null,
        decidedBy: a.decidedBy,
        decidedAt: a.decidedAt.toISOString(),
      })),
    payees: runId
      ? await listPeriodPayees(db, { workspaceId: viewer.workspaceId, periodKey, runId, personIds })
      : [],
  };
}
