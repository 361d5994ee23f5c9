import { and, eq } from "drizzle-orm";
import { type Db, goals } from "@attain/db";
import type { Viewer } from "../auth/viewer";
import { problems } from "../http/problem";
import { goalReach, reachesGoal } from "./goal-access";

/** A goal of the caller's workspace that the caller may see (404 when absent, 403 when out of reach). */
export async function loadGoal(db: Db, viewer: Viewer, id: string, today: string) {
  const [row] = await db
    .select()
    .from(goals)
    .where(and(eq(goals.workspaceId, viewer.workspaceId), eq(goals.id, id)));
  if (!row) throw problems.notFound("The goal");
  const owner = { kind: row.ownerKind, personId: row.personId, teamId: row.teamId };
  if (!reachesGoal(await goalReach(db, viewer, today), owner))
    throw problems.forbidden("That goal belongs to someone outside the people and teams you may see.");
  return row;
}
