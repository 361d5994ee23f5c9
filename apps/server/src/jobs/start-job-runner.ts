import type { AttainDatabase } from "@attain/db";
import { type Clock, systemClock } from "../clock";
import { startWeeklySnapshots } from "../forecasts/start-weekly-snapshots";
import { startDailyGoalChecks } from "../goals/enqueue-daily-goal-checks";
import { claimJob } from "./claim-job";
import { defaultJobHandlers } from "./default-job-handlers";
import { requeueStaleJobs } from "./requeue-stale-jobs";
import { runClaimedJob } from "./run-claimed-job";
import type { JobHandlers, JobRunnerOptions } from "./types";
import { workerIdOf } from "./worker-id";

export type JobRunner = {
  /** Wakes the runner now (after a job was queued in this process) instead of at the next poll. */
  wake(): void;
  /** Stops taking jobs and waits for the one in progress to finish. */
  stop(): Promise<void>;
};

/**
 * The in-process worker: re-queues jobs a dead process left running, then takes queued jobs one at a time, polling
 * every `pollMs`. Several processes may each run one against the same PostgreSQL database.
 */
export function startJobRunner(
  database: AttainDatabase,
  options: JobRunnerOptions & {
    handlers?: JobHandlers;
    pollMs?: number;
    /** The clock of the weekly forecast snapshots (default: the system's). */
    clock?: Clock;
    /** Take this week's forecast snapshots on start-up and hourly (default: yes, unless `handlers` are given). */
    weeklySnapshots?: boolean;
  } = {},
): JobRunner {
  const handlers = options.handlers ?? defaultJobHandlers;
  const workerId = options.workerId ?? workerIdOf();
  const staleAfterMs = options.staleAfterMs ?? 60_000;
  const pollMs = options.pollMs ?? 1_000;
  let stopped = false;
  const snapshots =
    (options.weeklySnapshots ?? !options.handlers)
      ? startWeeklySnapshots(database, { clock: options.clock ?? systemClock })
      : null;
  let wakeUp: (() => void) | null = null;
  // Goals are checked once a day per workspace (off-track alerts), queued like any other job.
  const goalChecks =
    (options.weeklySnapshots ?? !options.handlers)
      ? startDailyGoalChecks(database, { clock: options.clock ?? systemClock, onQueued: () => wakeUp?.() })
      : null;

  const sleep = () =>
    new Promise<void>((resolve) => {
      const timer = setTimeout(resolve, pollMs);
      wakeUp = () => {
        clearTimeout(timer);
        resolve();
      };
    });

  const loop = (async () => {
    // Embedded PGlite has one process by construction: whatever is still "running" belongs to a process that died.
    if (database.kind === "pglite")
      await requeueStaleJobs(database.sql, { staleAfterMs: 0, maxAttempts: options.maxAttempts ?? 3 }).catch(
        () => 0,
      );
    while (!stopped) {
      try {
        await requeueStaleJobs(database.sql, { staleAfterMs, maxAttempts: options.maxAttempts ?? 3 });
        const job = await claimJob(database.sql, workerId, Object.keys(handlers));
        if (job) {
          await runClaimedJob(database, job, handlers, {
            workerId,
            heartbeatMs: options.heartbeatMs ?? 10_000,
          });
          continue;
        }
      } catch (error) {
        if (!stopped) console.error("job runner:", error);
      }
      if (!stopped) await sleep();
    }
  })();

  return {
    wake: () => wakeUp?.(),
    async stop() {
      stopped = true;
      wakeUp?.();
      await Promise.all([loop, snapshots?.stop(), goalChecks?.stop()]);
    },
  };
}
