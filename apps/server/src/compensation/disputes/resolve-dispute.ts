import { and, eq, sql } from "drizzle-orm";
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
 */
export async function resolveDispute(db: Db, viewer: Viewer, request: Resolution): Promise<DisputeDetail> {
  requireCompAdmin(viewer);
  const dispute = await loadDispute(db, viewer.workspaceId, request.disputeId);
  if (dispute.status === "resolved" || dispute.status === "rejected") {
    throw new ApiError(409, "Dispute closed", `The dispute is already ${dispute.status}.`);
  }
  if (request.adjustment && request.resolution === "rejected") {
    throw problems.invalid([{ path: "adjustment", message: "A rejected dispute carries no adjustment" }]);
  }
  const disputed = await loadPeriod(db, { workspaceId: viewer.workspaceId, periodKey: dispute.periodKey });
  await db.transaction(async (tx) => {
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
    await tx
      .update(compDisputes)
      .set({ status: request.resolution, resolvedBy: viewer.userId, resolvedAt: sql`now()`, adjustmentId })
      .where(eq(compDisputes.id, dispute.id));
    await recordCompEvent(tx, {
      workspaceId: viewer.workspaceId,
      actorId: viewer.userId,
      action: request.resolution === "resolved" ? "resolve" : "reject",
      entity: "dispute",
      entityId: dispute.id,
      before: { status: dispute.status },
      after: { status: request.resolution, adjustmentId, message: request.message },
    });
  });
  return loadDispute(db, viewer.workspaceId, dispute.id);
}
