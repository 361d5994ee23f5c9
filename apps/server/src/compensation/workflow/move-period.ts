import { and, eq, sql } from "drizzle-orm";
import { compApprovals, compPeriods, type CompPeriodStatus, type Db } from "@attain/db";
import { problems } from "../../http/problem";
import type { PeriodRow } from "./load-period";
import { periodConflict } from "./period-conflict";
import { recordCompEvent } from "../audit/record-comp-event";

export type PeriodMove = {
  workspaceId: string;
  periodKey: string;
  from: readonly CompPeriodStatus[];
  to: CompPeriodStatus;
  actorId: string | null;
  action: string;
  note?: string | undefined;
  /** Delete the period's approvals (a rejection or a new run): they were given to results that changed. */
  clearApprovals?: boolean;
  publishedRunId?: string;
  currentRunId?: string;
};

/**
 * One workflow step, atomically: locks the period row, refuses (409) unless its status is one of `from`, sets `to`,
 * optionally clears approvals, and writes the comp_events entry with before and after.
 * Runs in the caller's transaction when given one (`db` may be a transaction).
 */
export async function movePeriod(db: Db, move: PeriodMove): Promise<PeriodRow> {
  return db.transaction(async (tx) => {
    const [period] = await tx
      .select()
      .from(compPeriods)
      .where(and(eq(compPeriods.workspaceId, move.workspaceId), eq(compPeriods.periodKey, move.periodKey)))
      .for("update");
    if (!period) throw problems.notFound(`The pay period ${move.periodKey}`);
    if (!move.from.includes(period.status))
      throw periodConflict(period.periodKey, period.status, move.to, move.from);

    const cleared = move.clearApprovals
      ? await tx
          .delete(compApprovals)
          .where(
            and(
              eq(compApprovals.workspaceId, move.workspaceId),
              eq(compApprovals.periodKey, move.periodKey),
              eq(compApprovals.decision, "approved"),
            ),
          )
          .returning({ id: compApprovals.id, step: compApprovals.step, personId: compApprovals.personId })
      : [];
    const [updated] = await tx
      .update(compPeriods)
      .set({
        status: move.to,
        updatedAt: sql`now()`,
        ...(move.publishedRunId ? { publishedRunId: move.publishedRunId } : {}),
        ...(move.currentRunId ? { currentRunId: move.currentRunId } : {}),
      })
      .where(eq(compPeriods.id, period.id))
      .returning();
    await recordCompEvent(tx, {
      workspaceId: move.workspaceId,
      actorId: move.actorId,
      action: move.action,
      entity: "period",
      entityId: move.periodKey,
      before: {
        status: period.status,
        currentRunId: period.currentRunId,
        publishedRunId: period.publishedRunId,
        ...(move.clearApprovals ? { approvals: cleared } : {}),
      },
      after: {
        status: updated!.status,
        currentRunId: updated!.currentRunId,
        publishedRunId: updated!.publishedRunId,
        ...(move.note ? { note: move.note } : {}),
      },
    });
    return updated!;
  });
}
