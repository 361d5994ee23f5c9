import { and, eq } from "drizzle-orm";
import { compApprovals, compResults, type Db, getReportingTree } from "@attain/db";
import type { Viewer } from "../../auth/viewer";
import { problems } from "../../http/problem";
import { loadPeriod } from "./load-period";
import { movePeriod } from "./move-period";
import { periodConflict } from "./period-conflict";

/**
 * Sends a period under review back to calculated with a note; every approval given so far is cleared. Comp admins
 * (and admins) may reject until it is published; a manager while it awaits approvals, if a payee is in their tree.
 */
export async function rejectPeriod(db: Db, viewer: Viewer, params: { periodKey: string; note: string }) {
  const period = await loadPeriod(db, { workspaceId: viewer.workspaceId, periodKey: params.periodKey });
  const finance = viewer.role === "comp_admin" || viewer.role === "admin";
  if (!finance) {
    if (viewer.role !== "manager" || !viewer.personId) {
      throw problems.forbidden("Only managers (their team's results) and comp admins may reject a period.");
    }
    const tree = await getReportingTree(db, {
      workspaceId: viewer.workspaceId,
      managerId: viewer.personId,
      asOf: period.periodEnd,
    });
    const payees = period.currentRunId
      ? await db
          .select({ personId: compResults.personId })
          .from(compResults)
          .where(
            and(eq(compResults.workspaceId, viewer.workspaceId), eq(compResults.runId, period.currentRunId)),
          )
      : [];
    if (!payees.some((p) => tree.includes(p.personId))) {
      throw problems.forbidden("None of this period's payees is in your reporting tree.");
    }
  }
  const runId = period.currentRunId;
  if (!runId)
    throw periodConflict(period.periodKey, period.status, "calculated", [
      "in_review",
      "manager_approved",
      "approved",
    ]);
  await db.transaction(async (tx) => {
    await movePeriod(tx, {
      workspaceId: viewer.workspaceId,
      periodKey: params.periodKey,
      from: finance ? ["in_review", "manager_approved", "approved"] : ["in_review", "manager_approved"],
      to: "calculated",
      actorId: viewer.userId,
      action: "reject",
      note: params.note,
      clearApprovals: true,
    });
    await tx.insert(compApprovals).values({
      workspaceId: viewer.workspaceId,
      periodKey: params.periodKey,
      runId,
      step: finance ? "finance" : "manager",
      decision: "rejected",
      note: params.note,
      decidedBy: viewer.userId,
    });
  });
}
