import { eq } from "drizzle-orm";
import { compDisputeMessages, compDisputes, type Db } from "@attain/db";
import type { Viewer } from "../../auth/viewer";
import { ApiError, problems } from "../../http/problem";
import { recordCompEvent } from "../audit/record-comp-event";
import { type DisputeDetail, loadDispute } from "./load-dispute";

/**
 * A message on an open dispute, by its payee or a comp admin. A comp admin's message marks it answered; the payee's
 * reply to an answer opens it again. Resolved and rejected disputes take no more messages (409).
 */
export async function addDisputeMessage(
  db: Db,
  viewer: Viewer,
  params: { disputeId: string; body: string },
): Promise<DisputeDetail> {
  const dispute = await loadDispute(db, viewer.workspaceId, params.disputeId);
  const admin = viewer.role === "comp_admin" || viewer.role === "admin";
  const payee = viewer.personId === dispute.personId;
  if (!admin && !payee) throw problems.notFound("The dispute");
  if (dispute.status === "resolved" || dispute.status === "rejected") {
    throw new ApiError(409, "Dispute closed", `The dispute is ${dispute.status}; it takes no more messages.`);
  }
  const status = admin && !payee ? "answered" : "open";
  await db.transaction(async (tx) => {
    await tx.insert(compDisputeMessages).values({
      workspaceId: viewer.workspaceId,
      disputeId: dispute.id,
      authorId: viewer.userId,
      body: params.body,
    });
    if (status !== dispute.status) {
      await tx.update(compDisputes).set({ status }).where(eq(compDisputes.id, dispute.id));
      await recordCompEvent(tx, {
        workspaceId: viewer.workspaceId,
        actorId: viewer.userId,
        action: status === "answered" ? "answer" : "reopen",
        entity: "dispute",
        entityId: dispute.id,
        before: { status: dispute.status },
        after: { status },
      });
    }
  });
  return loadDispute(db, viewer.workspaceId, dispute.id);
}
