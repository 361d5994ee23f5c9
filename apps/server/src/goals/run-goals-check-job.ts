import type { JobContext } from "../jobs/types";
import { checkGoals } from "./check-goals";

/** Job handler of `goals.check`: the payload's `today` (default: the system's date, UTC). */
export async function runGoalsCheckJob({ database, job }: JobContext) {
  const today =
    typeof job.payload.today === "string" && /^\d{4}-\d{2}-\d{2}$/.test(job.payload.today)
      ? job.payload.today
      : new Date().toISOString().slice(0, 10);
  return checkGoals(database.db, { workspaceId: job.workspaceId, today });
}
