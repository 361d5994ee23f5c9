import type { SqlSession } from "@attain/db";
import type { ClaimedJob } from "./types";

/**
 * Takes the oldest queued job of the given kinds, if any. `FOR UPDATE SKIP LOCKED` lets several workers (processes,
 * machines) claim from the same table without taking the same job or waiting on each other.
 */
export async function claimJob(
  sql: SqlSession,
  workerId: string,
  kinds: readonly string[],
): Promise<ClaimedJob | null> {
  const [row] = await sql.query<{
    id: string;
    workspace_id: string;
    kind: string;
    payload: Record<string, unknown>;
    attempts: number;
  }>(
    `update jobs set status = 'running', locked_by = $1, heartbeat_at = now(),
       started_at = coalesce(started_at, now()), attempts = attempts + 1, error = null
     where id = (
       select id from jobs where status = 'queued' and kind = any($2::text[])
       order by created_at, id for update skip locked limit 1)
     returning id, workspace_id, kind, payload, attempts`,
    [workerId, kinds],
  );
  if (!row) return null;
  return {
    id: row.id,
    workspaceId: row.workspace_id,
    kind: row.kind,
    payload: row.payload,
    attempts: row.attempts,
  };
}
