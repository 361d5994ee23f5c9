import { and, eq, gt, isNull } from "drizzle-orm";
import { type Db, sessions, users } from "@attain/db";
import type { Clock } from "../clock";
import { newSessionToken, SESSION_DAYS, sessionIdOf } from "./session-token";
import type { Viewer } from "./viewer";

export async function createSession(db: Db, clock: Clock, user: { id: string; workspaceId: string }) {
  const { token, id } = newSessionToken();
  const expiresAt = new Date(clock.now().getTime() + SESSION_DAYS * 86_400_000);
  await db.insert(sessions).values({ id, userId: user.id, workspaceId: user.workspaceId, expiresAt });
  return { token, expiresAt };
}

export async function findViewerBySessionToken(db: Db, clock: Clock, token: string): Promise<Viewer | null> {
  const id = sessionIdOf(token);
  const [row] = await db
    .select({
      userId: users.id,
      email: users.email,
      displayName: users.displayName,
      role: users.role,
      locale: users.locale,
      personId: users.personId,
      workspaceId: users.workspaceId,
    })
    .from(sessions)
    .innerJoin(users, eq(users.id, sessions.userId))
    .where(and(eq(sessions.id, id), gt(sessions.expiresAt, clock.now()), isNull(users.disabledAt)))
    .limit(1);
  return row ? { ...row, sessionId: id } : null;
}

export async function deleteSession(db: Db, sessionId: string): Promise<void> {
  await db.delete(sessions).where(eq(sessions.id, sessionId));
}
