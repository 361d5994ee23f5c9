import { and, eq, isNull } from "drizzle-orm";
import { type Db, notifications } from "@attain/db";
import type { Viewer } from "../auth/viewer";
import { problems } from "../http/problem";

/**
 * Marks one of the caller's notifications read (`id`), or all of them; a notification already read keeps its
 * first `readAt`. Someone else's notification is a 404, as if it did not exist.
 */
export async function markNotificationsRead(
  db: Db,
  viewer: Viewer,
  now: Date,
  id?: string,
): Promise<{ marked: number }> {
  const mine = and(
    eq(notifications.workspaceId, viewer.workspaceId),
    eq(notifications.userId, viewer.userId),
  );
  if (id) {
    const [row] = await db
      .select({ id: notifications.id })
      .from(notifications)
      .where(and(mine, eq(notifications.id, id)));
    if (!row) throw problems.notFound("The notification");
  }
  const marked = await db
    .update(notifications)
    .set({ readAt: now })
    .where(and(mine, isNull(notifications.readAt), ...(id ? [eq(notifications.id, id)] : [])))
    .returning({ id: notifications.id });
  return { marked: marked.length };
}
