import { and, eq, inArray, sql } from "drizzle-orm";
import { compDisputeMessages, compDisputes, compResults, type Db } from "@attain/db";
import type { Viewer } from "../../auth/viewer";
import { ApiError, problems } from "../../http/problem";
import { insertAdjustment } from "../adjustments/insert-adjustment";
import { parseLineKey } from "../runs/decode-result-lines";
import { loadPeriod } from "../workflow/load-period";
import { recordCompEvent } from "../audit/record-comp-event";
import { requireCompAdmin } from "../workflow/require-comp-admin";
import { findAdjustmentPeriod } from "./find-adjustment-period";
import { type DisputeDetail, loadDispute } from "./load-dispute";

export type Resolution = {
  disputeId: string;
  resolution: "resolved" | "rejected";
  message: string;
  adjustment?: { amount: string; reason: string } | undefined;
};

/**
 * A comp admin closes a dispute with a message. A resolution may carry an adjustment: it goes into the earliest
 * period after the disputed one that is not published (created if needed), in the disputed result's currency,
 * linked to the dispute (kind "dispute", source period = the disputed one). The published period is never touched.
 * A dispute is closed once (a second resolution is a 409, the row being locked meanwhile), never by its own payee.
 */
export async function resolveDispute(db: Db, viewer: Viewer, request: Resolution): Promise<DisputeDetail> {
  requireCompAdmin(viewer);
  const dispute = await loadDispute(db, viewer.workspaceId, request.disputeId);
  if (dispute.status === "resolved" || dispute.status === "rejected") throw disputeClosed(dispute.status);
  if (viewer.personId && dispute.personId === viewer.personId) {
    throw problems.forbidden("You may not resolve a dispute about your own pay: another comp admin must.");
  }
  if (request.adjustment && request.resolution === "rejected") {
    throw problems.invalid([{ path: "adjustment", message: "A rejected dispute carries no adjustment" }]);
  }
  const disputed = await loadPeriod(db, { workspaceId: viewer.workspaceId, periodKey: dispute.periodKey });
  await db.transaction(async (tx) => {
    // Lock the dispute so that two resolutions cannot both pass the status check (and both pay).
    const [locked] = await tx
      .select({ status: compDisputes.status })
      .from(compDisputes)
      .where(and(eq(compDisputes.workspaceId, viewer.workspaceId), eq(compDisputes.id, dispute.id)))
      .for("update");
    if (!locked) throw problems.notFound("The dispute");
    if (locked.status !== "open" && locked.status !== "answered") throw disputeClosed(locked.status);
    let adjustmentId: string | null = null;
    if (request.adjustment) {
      const key = dispute.resultLineId ? parseLineKey(dispute.resultLineId) : null;
      const [result] = key
        ? await tx
            .select({ currency: compResults.currency })
            .from(compResults)
            .where(and(eq(compResults.workspaceId, viewer.workspaceId), eq(compResults.id, key.resultId)))
        : [];
      if (!result) throw problems.notFound("The disputed line");
      const adjustment = await insertAdjustment(tx, {
        workspaceId: viewer.workspaceId,
        personId: dispute.personId,
        periodKey: await findAdjustmentPeriod(tx, viewer.workspaceId, disputed),
        amount: request.adjustment.amount,
        currency: result.currency,
        reason: request.adjustment.reason,
        kind: "dispute",
        sourcePeriodKey: dispute.periodKey,
        disputeId: dispute.id,
        actorId: viewer.userId,
      });
      adjustmentId = adjustment.id;
    }
    await tx.insert(compDisputeMessages).values({
      workspaceId: viewer.workspaceId,
      disputeId: dispute.id,
      authorId: viewer.userId,
      body: request.message,
    });
    const closed = await tx
      .update(compDisputes)
      .set({ status: request.resolution, resolvedBy: viewer.userId, resolvedAt: sql`now()`, adjustmentId })
      .where(and(eq(compDisputes.id, dispute.id), inArray(compDisputes.status, ["open", "answered"])))
      .returning({ id: compDisputes.id });
    if (closed.length === 0) throw disputeClosed("closed");
    await recordCompEvent(tx, {
      workspaceId: viewer.workspaceId,
      actorId: viewer.userId,
      action: request.resolution === "resolved" ? "resolve" : "reject",
      entity: "dispute",
      entityId: dispute.id,
      before: { status: locked.status },
      after: { status: request.resolution, adjustmentId, message: request.message },
    });
  });
  return loadDispute(db, viewer.workspaceId, dispute.id);
}

function disputeClosed(status: string) {
  return new ApiError(409, "Dispute closed", `The dispute is already ${status}.`);
}
