import { and, eq } from "drizzle-orm";
import { type AttainDatabase, goalMilestones, goals } from "@attain/db";
import type { Viewer } from "../auth/viewer";
import { ApiError } from "../http/problem";
import { buildGoalDto } from "./build-goal-dto";
import { assertMayWriteGoal } from "./goal-access";
import { loadGoal } from "./load-goal";
import type { GoalDto, GoalInput } from "./schemas";
import { validateGoal } from "./validate-goal";

/**
 * Creates a goal (no `id`) or replaces one's definition and milestones (`id`), in one transaction, after checking
 * that the caller may set goals for the owner (and, on an edit, for the goal's current owner). A cancelled goal is
 * not edited (409).
 */
export async function saveGoal(
  database: AttainDatabase,
  viewer: Viewer,
  today: string,
  input: GoalInput,
  id?: string,
): Promise<GoalDto> {
  const { db } = database;
  const { owner } = await validateGoal(db, viewer.workspaceId, input);
  await assertMayWriteGoal(db, viewer, owner, today);
  if (id) {
    const current = await loadGoal(db, viewer, id, today);
    await assertMayWriteGoal(
      db,
      viewer,
      { kind: current.ownerKind, personId: current.personId, teamId: current.teamId },
      today,
    );
    if (current.status === "cancelled")
      throw new ApiError(409, "Goal cancelled", "A cancelled goal can no longer change.");
  }
  const values = {
    name: input.name,
    description: input.description,
    ownerKind: owner.kind,
    personId: owner.personId,
    teamId: owner.teamId,
    kpiKey: input.kpiKey,
    target: input.target,
    baseline: input.baseline ?? null,
    startsOn: input.startsOn,
    deadline: input.deadline,
    rationale: input.rationale,
    relevance: input.relevance,
  };
  const row = await database.transaction(async ({ db: tx }) => {
    const [saved] = id
      ? await tx
          .update(goals)
          .set({ ...values, updatedAt: new Date() })
          .where(and(eq(goals.workspaceId, viewer.workspaceId), eq(goals.id, id)))
          .returning()
      : await tx
          .insert(goals)
          .values({ ...values, workspaceId: viewer.workspaceId, createdBy: viewer.userId })
          .returning();
    await tx
      .delete(goalMilestones)
      .where(and(eq(goalMilestones.workspaceId, viewer.workspaceId), eq(goalMilestones.goalId, saved!.id)));
    if (input.milestones.length > 0)
      await tx.insert(goalMilestones).values(
        input.milestones.map((m) => ({
          workspaceId: viewer.workspaceId,
          goalId: saved!.id,
          label: m.label,
          dueOn: m.dueOn,
          target: m.target,
        })),
      );
    return saved!;
  });
  return buildGoalDto(db, row, today);
}
