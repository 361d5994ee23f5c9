import type { AttainDatabase } from "@attain/db";
import type { Clock } from "../clock";
import { enqueueJob } from "../jobs/enqueue-job";
import { GOALS_CHECK_JOB } from "./check-goals";

const HOURLY = 60 * 60 * 1000;

/**
 * Queues one `goals.check` job per workspace with active goals for `today`, unless that day's is already queued or
 * done. Returns how many were queued.
 */
export async function enqueueDailyGoalChecks(database: AttainDatabase, today: string): Promise<number> {
  const due = await database.sql.query<{ workspace_id: string }>(
    `select distinct g.workspace_id from goals g
     where g.status = 'active'
       and not exists (select 1 from jobs j where j.workspace_id = g.workspace_id and j.kind = $1
                       and j.payload ->> 'today' = $2)
     order by g.workspace_id`,
    [GOALS_CHECK_JOB, today],
  );
  for (const row of due)
    await enqueueJob(database.sql, {
      workspaceId: row.workspace_id,
      kind: GOALS_CHECK_JOB,
      payload: { today },
    });
  return due.length;
}

/**
 * Queues the day's goal checks on start-up and then every hour (a new day gets its check within the hour);
 * the job runner calls this next to the weekly forecast snapshots.
 */
export function startDailyGoalChecks(
  database: AttainDatabase,
  options: { clock: Clock; everyMs?: number; onQueued?: () => void },
): { stop(): Promise<void> } {
  let running: Promise<unknown> | null = null;
  const check = () => {
    if (running) return;
    running = enqueueDailyGoalChecks(database, options.clock.today())
      .then((queued) => {
        if (queued > 0) options.onQueued?.();
      })
      .catch((error) => console.error("daily goal checks:", error))
      .finally(() => {
        running = null;
      });
  };
  check();
  const timer = setInterval(check, options.everyMs ?? HOURLY);
  timer.unref?.();
  return {
    async stop() {
      clearInterval(timer);
      await running;
    },
  };
}
