import { and, eq, sql } from "drizzle-orm";
import { type Db, feedbackEntries, selectRows } from "@attain/db";
import type { Viewer } from "../auth/viewer";
import { unprocessable } from "../compensation/inputs/unprocessable";
import { problems } from "../http/problem";
import { feedbackReach } from "./feedback-reach";
import { findFeedback } from "./list-feedback";
import type { FeedbackDto } from "./schemas";

/** Marks a complaint resolved on a day (not before it was received); viewers may not, others within their reach. */
export async function resolveFeedback(
  db: Db,
  viewer: Viewer,
  today: string,
  params: { id: string; resolvedOn: string },
): Promise<FeedbackDto> {
  if (viewer.role === "viewer") throw problems.forbidden("Viewers read feedback only.");
  const entry = await findFeedback(db, viewer.workspaceId, params.id);
  if (!entry) throw problems.notFound("The feedback entry");
  const reach = await feedbackReach(db, viewer, today);
  if (reach) {
    const inReach = await selectRows<{ id: string }>(
      db,
      sql`select f.id from feedback_entries f where f.workspace_id = ${viewer.workspaceId} and f.id = ${entry.id} and ${reach}`,
    );
    if (inReach.length === 0)
      throw problems.forbidden("That entry is about people or accounts outside your reach.");
  }
  if (entry.kind !== "complaint")
    throw unprocessable([{ path: "status", message: "Only complaints are resolved" }]);
  if (params.resolvedOn < entry.receivedOn)
    throw unprocessable([
      { path: "resolvedOn", message: `Cannot be before the complaint was received (${entry.receivedOn})` },
    ]);
  await db
    .update(feedbackEntries)
    .set({ status: "resolved", resolvedOn: params.resolvedOn })
    .where(and(eq(feedbackEntries.workspaceId, viewer.workspaceId), eq(feedbackEntries.id, params.id)));
  return (await findFeedback(db, viewer.workspaceId, params.id))!;
}
