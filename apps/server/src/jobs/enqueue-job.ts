import type { SqlSession } from "@attain/db";

/** Puts a job on the queue; a runner (this process or another) takes it. Returns the job id. */
export async function enqueueJob(
  sql: SqlSession,
  job: { workspaceId: string; kind: string; payload: Record<string, unknown>; createdBy?: string | null },
): Promise<string> {
  const [row] = await sql.query<{ id: string }>(
    "insert into jobs (workspace_id, kind, payload, created_by) values ($1, $2, $3, $4) returning id",
    [job.workspaceId, job.kind, JSON.stringify(job.payload), job.createdBy ?? null],
  );
  if (!row) throw new Error("the job was not queued");
  return row.id;
}
