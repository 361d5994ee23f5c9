import { and, eq } from "drizzle-orm";
import { type Db, goals } from "@attain/db";
import { buildGoalDto } from "./build-goal-dto";
import { raiseGoalAlerts } from "./raise-goal-alerts";

/** The `goals.check` job's kind. */
export const GOALS_CHECK_JOB = "goals.check";

/**
 * Reads every active goal of a workspace on `today` and raises the alerts they call for (deduplicated per month, so
 * running it again the same month raises nothing new). Returns the counts, stored as the job's result.
 */
export async function checkGoals(
  db: Db,
  params: { workspaceId: string; today: string },
): Promise<{ goals: number; alerts: number }> {
  const rows = await db
    .select()
    .from(goals)
    .where(and(eq(goals.workspaceId, params.workspaceId), eq(goals.status, "active")));
  let alerts = 0;
  for (const row of rows) {
    const dto = await buildGoalDto(db, row, params.today);
    alerts += await raiseGoalAlerts(db, row, dto.progress, params.today);
  }
  return { goals: rows.length, alerts };
}
