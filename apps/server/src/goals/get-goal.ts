import type { Db } from "@attain/db";
import type { Viewer } from "../auth/viewer";
import { buildGoalDto } from "./build-goal-dto";
import { loadGoal } from "./load-goal";
import { raiseGoalAlerts } from "./raise-goal-alerts";
import type { GoalDto } from "./schemas";

/** One goal with its progress; reading it raises its alert if it is off track (once a month). */
export async function getGoal(db: Db, viewer: Viewer, today: string, id: string): Promise<GoalDto> {
  const row = await loadGoal(db, viewer, id, today);
  const dto = await buildGoalDto(db, row, today);
  await raiseGoalAlerts(db, row, dto.progress, today);
  return dto;
}
