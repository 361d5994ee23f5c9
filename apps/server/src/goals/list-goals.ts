import { and, asc, eq, type SQL } from "drizzle-orm";
import { type Db, goals } from "@attain/db";
import type { Viewer } from "../auth/viewer";
import { buildGoalDto } from "./build-goal-dto";
import { goalReach, reachesGoal } from "./goal-access";
import { raiseGoalAlerts } from "./raise-goal-alerts";
import type { GoalDto, GoalsFilter } from "./schemas";

/** The goals the caller may see (their own, their tree's and teams', the workspace's), deadline first, with progress. */
export async function listGoals(
  db: Db,
  viewer: Viewer,
  today: string,
  filter: GoalsFilter,
): Promise<GoalDto[]> {
  const conditions: SQL[] = [eq(goals.workspaceId, viewer.workspaceId)];
  if (filter.personId) conditions.push(eq(goals.personId, filter.personId));
  if (filter.teamId) conditions.push(eq(goals.teamId, filter.teamId));
  if (filter.status) conditions.push(eq(goals.status, filter.status));
  const rows = await db
    .select()
    .from(goals)
    .where(and(...conditions))
    .orderBy(asc(goals.deadline), asc(goals.name), asc(goals.id));
  const reach = await goalReach(db, viewer, today);
  const visible = rows.filter((r) =>
    reachesGoal(reach, { kind: r.ownerKind, personId: r.personId, teamId: r.teamId }),
  );
  const result: GoalDto[] = [];
  for (const row of visible) {
    const dto = await buildGoalDto(db, row, today);
    await raiseGoalAlerts(db, row, dto.progress, today);
    result.push(dto);
  }
  return result;
}
