import { and, eq } from "drizzle-orm";
import { compDisputeMessages, compDisputes, compPeriods, compResults, type Db } from "@attain/db";
import type { Viewer } from "../../auth/viewer";
import { problems } from "../../http/problem";
import { parseLineKey } from "../runs/decode-result-lines";
import { recordCompEvent } from "../audit/record-comp-event";
import { type DisputeDetail, loadDispute } from "./load-dispute";

/**
 * A payee questions a line of their own published (or paid) statement: the dispute and its first message.
 * Lines of someone else's statement, of an unpublished run or of a superseded run are refused (404: not revealed).
 */
export async function openDispute(
  db: Db,
  viewer: Viewer,
  request: { resultLineId: string; subject: string; message: string },
): Promise<DisputeDetail> {
  if (!viewer.personId)
    throw problems.forbidden("Only a payee (a user linked to a person) may open a dispute.");
  const key = parseLineKey(request.resultLineId);
  const [line] = key
    ? await db
        .select({
          resultId: compResults.id,
          personId: compResults.personId,
          lineCount: compResults.lineCount,
          periodKey: compPeriods.periodKey,
        })
        .from(compResults)
        .innerJoin(
          compPeriods,
          and(
            eq(compPeriods.workspaceId, compResults.workspaceId),
            eq(compPeriods.publishedRunId, compResults.runId),
          ),
        )
        .where(and(eq(compResults.workspaceId, viewer.workspaceId), eq(compResults.id, key.resultId)))
    : [];
  if (!key || !line || line.personId !== viewer.personId || key.lineNo > line.lineCount)
    throw problems.notFound("A line of your published statements");
  const lineNo = key.lineNo;
  const id = await db.transaction(async (tx) => {
    const [dispute] = await tx
      .insert(compDisputes)
      .values({
        workspaceId: viewer.workspaceId,
        personId: line.personId,
        periodKey: line.periodKey,
        resultId: line.resultId,
        lineNo,
        subject: request.subject,
        openedBy: viewer.userId,
      })
      .returning();
    await tx.insert(compDisputeMessages).values({
      workspaceId: viewer.workspaceId,
      disputeId: dispute!.id,
      authorId: viewer.userId,
      body: request.message,
    });
    await recordCompEvent(tx, {
      workspaceId: viewer.workspaceId,
      actorId: viewer.userId,
      action: "open",
      entity: "dispute",
      entityId: dispute!.id,
      before: null,
      after: {
        status: "open",
        subject: request.subject,
        resultLineId: request.resultLineId,
        periodKey: line.periodKey,
      },
    });
    return dispute!.id;
  });
  return loadDispute(db, viewer.workspaceId, id);
}
