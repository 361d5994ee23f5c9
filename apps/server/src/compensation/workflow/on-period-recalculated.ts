import { and, eq } from "drizzle-orm";
import { compPeriods, type Db } from "@attain/db";
import { movePeriod } from "./move-period";
import { periodConflict } from "./period-conflict";
import { recordCompEvent } from "../audit/record-comp-event";

export type Recalculation = {
  workspaceId: string;
  periodKey: string;
  periodStart: string;
  periodEnd: string;
  /** The succeeded run that has just become the period's current results. */
  runId: string;
  /** The user who requested the run (null for a system job). */
  actorId: string | null;
};

/**
 * The workflow side of a new calculation run, for the run writer to call inside the transaction that marks the run
 * current (instead of updating comp_periods itself): creates the period row at calculated, or moves an open,
 * calculated, in_review, manager_approved or approved period back to calculated with the new current run, clearing
 * its approvals (they approved other numbers). A published or paid period is refused with 409: its results are final.
 */
export async function onPeriodRecalculated(db: Db, run: Recalculation): Promise<void> {
  const [existing] = await db
    .select()
    .from(compPeriods)
    .where(and(eq(compPeriods.workspaceId, run.workspaceId), eq(compPeriods.periodKey, run.periodKey)));
  if (existing?.status === "published" || existing?.status === "paid") {
    throw periodConflict(run.periodKey, existing.status, "recalculated", [
      "open",
      "calculated",
      "in_review",
      "approved",
    ]);
  }
  if (!existing) {
    const inserted = await db
      .insert(compPeriods)
      .values({
        workspaceId: run.workspaceId,
        periodKey: run.periodKey,
        periodStart: run.periodStart,
        periodEnd: run.periodEnd,
        status: "calculated",
        currentRunId: run.runId,
      })
      .onConflictDoNothing()
      .returning({ id: compPeriods.id });
    if (inserted.length > 0) {
      await recordCompEvent(db, {
        workspaceId: run.workspaceId,
        actorId: run.actorId,
        action: "recalculated",
        entity: "period",
        entityId: run.periodKey,
        before: null,
        after: { status: "calculated", currentRunId: run.runId, publishedRunId: null },
      });
      return;
    }
  }
  await movePeriod(db, {
    workspaceId: run.workspaceId,
    periodKey: run.periodKey,
    from: ["open", "calculated", "in_review", "manager_approved", "approved"],
    to: "calculated",
    actorId: run.actorId,
    action: "recalculated",
    currentRunId: run.runId,
    clearApprovals: true,
  });
}
