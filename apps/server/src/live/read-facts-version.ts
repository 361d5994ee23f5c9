import type { SqlSession } from "@attain/db";

/** The workspace's KPI facts version (`kpi_fact_state`, bumped by every refresh); 0 before the first build. */
export async function readFactsVersion(sql: SqlSession, workspaceId: string): Promise<number> {
  const [row] = await sql.query<{ version: string | number }>(
    "select version from kpi_fact_state where workspace_id = $1",
    [workspaceId],
  );
  return row ? Number(row.version) : 0;
}
