import type { AttainDatabase } from "@attain/db";
import { claimJob } from "./claim-job";
import { defaultJobHandlers } from "./default-job-handlers";
import { requeueStaleJobs } from "./requeue-stale-jobs";
import { runClaimedJob } from "./run-claimed-job";
import type { JobHandlers, JobRunnerOptions } from "./types";
import { workerIdOf } from "./worker-id";

/**
 * Runs queued jobs one after another until none is left, then returns how many ran: deterministic, for tests and
 * the CLI. Stale running jobs (a dead process's) are re-queued first.
 */
export async function runJobsUntilIdle(
  database: AttainDatabase,
  handlers: JobHandlers = defaultJobHandlers,
  options: JobRunnerOptions = {},
): Promise<{ succeeded: number; failed: number }> {
  const workerId = options.workerId ?? workerIdOf();
  await requeueStaleJobs(database.sql, {
    staleAfterMs: options.staleAfterMs ?? 60_000,
    maxAttempts: options.maxAttempts ?? 3,
  });
  const counts = { succeeded: 0, failed: 0 };
  for (;;) {
    const job = await claimJob(database.sql, workerId, Object.keys(handlers));
    if (!job) return counts;
    const outcome = await runClaimedJob(database, job, handlers, {
      workerId,
      heartbeatMs: options.heartbeatMs ?? 10_000,
    });
    counts[outcome] += 1;
  }
}
