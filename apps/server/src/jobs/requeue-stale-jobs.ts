import type { SqlSession } from "@attain/db";

/**
 * Running jobs whose heartbeat stopped (their process died) go back on the queue, or fail once they have used
 * `maxAttempts`. Returns how many were re-queued. Handlers are idempotent, so running one again is safe.
 */
export async function requeueStaleJobs(
  sql: SqlSession,
  options: { staleAfterMs: number; maxAttempts: number },
): Promise<number> {
  const rows = await sql.query<{ requeued: boolean }>(
    `update jobs set
       status = case when attempts >= $2 then 'failed' else 'queued' end,
       error = case when attempts >= $2 then 'The worker stopped responding too many times.' else error end,
       finished_at = case when attempts >= $2 then now() else null end,
       locked_by = null
     where status = 'running'
       and (heartbeat_at is null or heartbeat_at < now() - make_interval(secs => $1::double precision / 1000))
     returning status = 'queued' as requeued`,
    [options.staleAfterMs, options.maxAttempts],
  );
  return rows.filter((row) => row.requeued).length;
}
