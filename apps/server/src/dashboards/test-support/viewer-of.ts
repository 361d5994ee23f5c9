import { and, eq } from "drizzle-orm";
import { type Db, users } from "@attain/db";
import type { Viewer } from "../../auth/viewer";

/** The viewer a signed-in user is, for calling domain functions directly in tests (no session needed). */
export async function viewerOf(db: Db, workspaceId: string, email: string): Promise<Viewer> {
  const [user] = await db
    .select()
    .from(users)
    .where(and(eq(users.workspaceId, workspaceId), eq(users.email, email)));
  if (!user) throw new Error(`no user ${email}`);
  return {
    userId: user.id,
    email: user.email,
    displayName: user.displayName,
    role: user.role,
    locale: user.locale,
    personId: user.personId,
    workspaceId,
    sessionId: "test",
  };
}
