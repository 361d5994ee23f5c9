import { and, count, desc, eq, isNull, type SQL } from "drizzle-orm";
import { type Db, notifications } from "@attain/db";
import type { Viewer } from "../auth/viewer";

export type NotificationDto = {
  id: string;
  kind: string;
  title: string;
  body: string;
  link: string | null;
  createdAt: string;
  readAt: string | null;
};

/** The caller's own notifications, newest first (at most 200), and how many are unread. */
export async function listNotifications(
  db: Db,
  viewer: Viewer,
  options: { unread?: boolean | undefined },
): Promise<{ notifications: NotificationDto[]; unread: number }> {
  const mine: SQL[] = [
    eq(notifications.workspaceId, viewer.workspaceId),
    eq(notifications.userId, viewer.userId),
  ];
  const rows = await db
    .select()
    .from(notifications)
    .where(and(...mine, ...(options.unread ? [isNull(notifications.readAt)] : [])))
    .orderBy(desc(notifications.createdAt), desc(notifications.id))
    .limit(200);
  const [unread] = await db
    .select({ n: count() })
    .from(notifications)
    .where(and(...mine, isNull(notifications.readAt)));
  return {
    notifications: rows.map((r) => ({
      id: r.id,
      kind: r.kind,
      title: r.title,
      body: r.body,
      link: r.link,
      createdAt: r.createdAt.toISOString(),
      readAt: r.readAt?.toISOString() ?? null,
    })),
    unread: Number(unread?.n ?? 0),
  };
}
