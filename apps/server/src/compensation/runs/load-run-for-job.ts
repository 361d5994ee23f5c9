import type { SqlSession } from "@attain/db";

export type RunForJob = {
  id: string;
  workspaceId: string;
  periodKey: string;
  periodStart: string;
  periodEnd: string;
  scope: string[] | null;
  status: string;
  requestedBy: string | null;
  /** The period is published or paid: its results are never rewritten, differences become adjustments. */
  closed: boolean;
  counts: { payeeCount: number; lineCount: number; recalculatedCount: number };
};

export async function loadRunForJob(sql: SqlSession, runId: string): Promise<RunForJob> {
  const [row] = await sql.query<{
    id: string;
    workspace_id: string;
    period_key: string;
    period_start: string;
    period_end: string;
    scope: string[] | null;
    status: string;
    requested_by: string | null;
    period_status: string | null;
    payee_count: number;
    line_count: number;
    recalculated_count: number;
  }>(
    `select r.id, r.workspace_id, r.period_key, r.period_start, r.period_end, r.scope, r.status, r.requested_by,
            p.status as period_status, r.payee_count, r.line_count, r.recalculated_count
     from comp_runs r
     left join comp_periods p on p.workspace_id = r.workspace_id and p.period_key = r.period_key
     where r.id = $1`,
    [runId],
  );
  if (!row) throw new Error(`Calculation run ${runId} does not exist.`);
  return {
    id: row.id,
    workspaceId: row.workspace_id,
    periodKey: row.period_key,
    periodStart: row.period_start,
    periodEnd: row.period_end,
    scope: row.scope,
    status: row.status,
    requestedBy: row.requested_by,
    closed: row.period_status === "published" || row.period_status === "paid",
    counts: {
      payeeCount: row.payee_count,
      lineCount: row.line_count,
      recalculatedCount: row.recalculated_count,
    },
  };
}
