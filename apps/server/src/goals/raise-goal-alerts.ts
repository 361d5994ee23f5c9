import { type Db, type goals, notifications } from "@attain/db";
import type { GoalProgress } from "@attain/engine";
import { findGoalAlertRecipients } from "./find-goal-alert-recipients";

export type GoalAlertKind = "goal_off_track" | "goal_achieved";

/**
 * Raises `goal_off_track` (or `goal_achieved`) for an active goal whose progress says so, to each recipient, once per
 * goal, kind and month: the `dedupeKey` (`goal:<id>:<kind>:<YYYY-MM>`) makes a second raise a no-op. Returns how
 * many notifications were new.
 */
export async function raiseGoalAlerts(
  db: Db,
  goal: typeof goals.$inferSelect,
  progress: Pick<GoalProgress, "status" | "explanation" | "value" | "ratio">,
  today: string,
): Promise<number> {
  if (goal.status !== "active") return 0;
  const kind: GoalAlertKind | null =
    progress.status === "off_track"
      ? "goal_off_track"
      : progress.status === "achieved"
        ? "goal_achieved"
        : null;
  if (!kind) return 0;
  const recipients = await findGoalAlertRecipients(db, goal, today);
  if (recipients.length === 0) return 0;
  const dedupeKey = `goal:${goal.id}:${kind}:${today.slice(0, 7)}`;
  const title = kind === "goal_off_track" ? `Goal off track: ${goal.name}` : `Goal achieved: ${goal.name}`;
  const inserted = await db
    .insert(notifications)
    .values(
      recipients.map((userId) => ({
        workspaceId: goal.workspaceId,
        userId,
        kind,
        title,
        body: progress.explanation,
        link: `/goals/${goal.id}`,
        data: { goalId: goal.id, status: progress.status, value: progress.value, ratio: progress.ratio },
        dedupeKey,
      })),
    )
    .onConflictDoNothing({
      target: [notifications.workspaceId, notifications.userId, notifications.dedupeKey],
    })
    .returning({ id: notifications.id });
  return inserted.length;
}
