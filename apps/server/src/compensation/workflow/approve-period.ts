import { and, eq } from "drizzle-orm";
import { compApprovals, compPeriods, compResults, type Db, getReportingTree } from "@attain/db";
import type { Viewer } from "../../auth/viewer";
import { problems } from "../../http/problem";
import { loadPeriod, type PeriodRow } from "./load-period";
import { movePeriod } from "./move-period";
import { periodConflict } from "./period-conflict";
import { recordCompEvent } from "../audit/record-comp-event";
import { requireCompAdmin } from "./require-comp-admin";

export type Approval = {
  periodKey: string;
  step: "manager" | "finance";
  personIds?: string[];
  note?: string;
};

/**
 * Manager step (in_review): a manager approves the current run's results of payees in their reporting tree as of the
 * period's end (never their own); an admin may approve anyone's but their own. When every payee has one, the period
 * becomes manager_approved. Finance step (manager_approved → approved): a comp admin approves the whole period, unless
 * they are a payee of it (403).
 */
export async function approvePeriod(db: Db, viewer: Viewer, approval: Approval): Promise<void> {
  const period = await loadPeriod(db, { workspaceId: viewer.workspaceId, periodKey: approval.periodKey });
  if (approval.step === "finance")
    return approveAsFinance(db, requireCompAdmin(viewer), period, approval.note);
  if (period.status !== "in_review" || !period.currentRunId) {
    throw periodConflict(period.periodKey, period.status, "manager_approved", ["in_review"]);
  }
  const runId = period.currentRunId;
  const payees = (
    await db
      .select({ personId: compResults.personId })
      .from(compResults)
      .where(and(eq(compResults.workspaceId, viewer.workspaceId), eq(compResults.runId, runId)))
  ).map((p) => p.personId);
  const mayApprove = await approverOf(db, viewer, period);
  const requested = approval.personIds ?? [];
  if (viewer.personId && requested.includes(viewer.personId)) throw ownResultForbidden();
  if (requested.some((id) => !mayApprove(id))) {
    throw problems.forbidden("You may approve only the results of payees in your reporting tree.");
  }
  const unknown = requested.filter((id) => !payees.includes(id));
  if (unknown.length > 0) {
    throw problems.invalid([
      { path: "personIds", message: `Not payees of this period: ${unknown.join(", ")}` },
    ]);
  }
  const wanted = approval.personIds ?? payees.filter(mayApprove);
  if (wanted.length === 0) throw problems.forbidden("No payee of this period is yours to approve.");

  await db.transaction(async (tx) => {
    const [locked] = await tx.select().from(compPeriods).where(eq(compPeriods.id, period.id)).for("update");
    if (locked?.status !== "in_review" || locked.currentRunId !== runId) {
      throw periodConflict(period.periodKey, locked?.status ?? period.status, "manager_approved", [
        "in_review",
      ]);
    }
    const existing = await tx
      .select({ personId: compApprovals.personId })
      .from(compApprovals)
      .where(
        and(
          eq(compApprovals.workspaceId, viewer.workspaceId),
          eq(compApprovals.runId, runId),
          eq(compApprovals.step, "manager"),
          eq(compApprovals.decision, "approved"),
        ),
      );
    const done = new Set(existing.map((e) => e.personId));
    const fresh = wanted.filter((id) => !done.has(id));
    if (fresh.length > 0) {
      await tx.insert(compApprovals).values(
        fresh.map((personId) => ({
          workspaceId: viewer.workspaceId,
          periodKey: period.periodKey,
          runId,
          personId,
          step: "manager" as const,
          decision: "approved" as const,
          note: approval.note ?? null,
          decidedBy: viewer.userId,
        })),
      );
      await recordCompEvent(tx, {
        workspaceId: viewer.workspaceId,
        actorId: viewer.userId,
        action: "approve_manager",
        entity: "period",
        entityId: period.periodKey,
        before: { approvedPersonIds: [...done] },
        after: { approvedPersonIds: [...done, ...fresh], note: approval.note ?? null },
      });
    }
    if (payees.every((id) => done.has(id) || fresh.includes(id))) {
      await movePeriod(tx, {
        workspaceId: viewer.workspaceId,
        periodKey: period.periodKey,
        from: ["in_review"],
        to: "manager_approved",
        actorId: viewer.userId,
        action: "all_managers_approved",
      });
    }
  });
}

function ownResultForbidden() {
  return problems.forbidden("You may not approve a period's result of your own: another approver must.");
}

/**
 * Whom the caller may approve at the manager step: an admin anyone but themself, a manager the people in their
 * reporting tree as of the period's end (never themself); anyone else is refused (403).
 */
async function approverOf(db: Db, viewer: Viewer, period: PeriodRow): Promise<(personId: string) => boolean> {
  if (viewer.role === "admin") return (id) => id !== viewer.personId;
  if (viewer.role !== "manager" || !viewer.personId) {
    throw problems.forbidden("The manager step is for managers (and admins).");
  }
  const tree = await getReportingTree(db, {
    workspaceId: viewer.workspaceId,
    managerId: viewer.personId,
    asOf: period.periodEnd,
  });
  return (id) => id !== viewer.personId && tree.includes(id);
}

async function approveAsFinance(db: Db, viewer: Viewer, period: PeriodRow, note: string | undefined) {
  if (viewer.personId && period.currentRunId) {
    const [own] = await db
      .select({ id: compResults.id })
      .from(compResults)
      .where(
        and(
          eq(compResults.workspaceId, viewer.workspaceId),
          eq(compResults.runId, period.currentRunId),
          eq(compResults.personId, viewer.personId),
        ),
      );
    if (own) throw ownResultForbidden();
  }
  await db.transaction(async (tx) => {
    const moved = await movePeriod(tx, {
      workspaceId: viewer.workspaceId,
      periodKey: period.periodKey,
      from: ["manager_approved"],
      to: "approved",
      actorId: viewer.userId,
      action: "approve_finance",
      note,
    });
    await tx.insert(compApprovals).values({
      workspaceId: viewer.workspaceId,
      periodKey: period.periodKey,
      runId: moved.currentRunId!,
      step: "finance",
      decision: "approved",
      note: note ?? null,
      decidedBy: viewer.userId,
    });
  });
}
