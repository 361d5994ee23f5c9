import type { AttainDatabase } from "@attain/db";
import type { ClaimedJob, JobHandlers } from "./types";

/**
 * Runs a claimed job: heartbeats while it works, records progress, then stores its result or its error.
 * A handler's error fails the job at once (a calculation that failed on its data fails again on the same data); only a
 * job whose process died is retried (`requeueStaleJobs`). Nothing the handler throws escapes to the runner.
 */
export async function runClaimedJob(
  database: AttainDatabase,
  job: ClaimedJob,
  handlers: JobHandlers,
  options: { workerId: string; heartbeatMs: number },
): Promise<"succeeded" | "failed"> {
  const { sql } = database;
  const beat = () =>
    sql
      .query("update jobs set heartbeat_at = now() where id = $1 and locked_by = $2", [
        job.id,
        options.workerId,
      ])
      .catch(() => undefined);
  const timer = setInterval(beat, options.heartbeatMs);
  timer.unref();
  try {
    const handler = handlers[job.kind];
    if (!handler) throw new Error(`No handler for jobs of kind "${job.kind}".`);
    const result = await handler({
      database,
      job,
      progress: async (done, total) => {
        await sql.query("update jobs set progress = $2, total = $3, heartbeat_at = now() where id = $1", [
          job.id,
          done,
          total,
        ]);
      },
    });
    await sql.query(
      `update jobs set status = 'succeeded', result = $2, finished_at = now(), locked_by = null,
         progress = greatest(progress, total) where id = $1`,
      [job.id, JSON.stringify(result ?? null)],
    );
    return "succeeded";
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    await sql.query(
      "update jobs set status = 'failed', error = $2, locked_by = null, finished_at = now() where id = $1",
      [job.id, message],
    );
    return "failed";
  } finally {
    clearInterval(timer);
  }
}
