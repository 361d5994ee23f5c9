import { and, eq } from "drizzle-orm";
import { type Db, goals } from "@attain/db";
import type { Viewer } from "../auth/viewer";
import { buildGoalDto } from "./build-goal-dto";
import { assertMayWriteGoal } from "./goal-access";
import { loadGoal } from "./load-goal";
import type { GoalDto } from "./schemas";

/** Cancels a goal (kept for the record, no more alerts); cancelling it again changes nothing. */
export async function cancelGoal(db: Db, viewer: Viewer, today: string, id: string): Promise<GoalDto> {
  const current = await loadGoal(db, viewer, id, today);
  await assertMayWriteGoal(
    db,
    viewer,
    { kind: current.ownerKind, personId: current.personId, teamId: current.teamId },
    today,
  );
  const [row] = await db
    .update(goals)
    .set({ status: "cancelled", updatedAt: new Date() })
    .where(and(eq(goals.workspaceId, viewer.workspaceId), eq(goals.id, id)))
    .returning();
  return buildGoalDto(db, row!, today);
}
