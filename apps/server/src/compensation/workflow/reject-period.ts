import { compApprovals, type Db } from "@attain/db";
import type { Viewer } from "../../auth/viewer";
import { problems } from "../../http/problem";
import { loadPeriod } from "./load-period";
import { movePeriod } from "./move-period";
import { periodConflict } from "./period-conflict";

/**
 * Sends a period under review back to calculated with a note; every approval given so far is cleared. Only comp admins
 * (and admins) may reject, until it is published: a reset touches every payee, so a manager (whose scope is their
 * tree) may not. Managers have no way to withdraw an approval, so they get 403.
 */
export async function rejectPeriod(db: Db, viewer: Viewer, params: { periodKey: string; note: string }) {
  if (viewer.role !== "comp_admin" && viewer.role !== "admin") {
    throw problems.forbidden("Only comp admins may reject a period.");
  }
  const period = await loadPeriod(db, { workspaceId: viewer.workspaceId, periodKey: params.periodKey });
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
      from: ["in_review", "manager_approved", "approved"],
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
      step: "finance",
      decision: "rejected",
      note: params.note,
      decidedBy: viewer.userId,
    });
  });
}
