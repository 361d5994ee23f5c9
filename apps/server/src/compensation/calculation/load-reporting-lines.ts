import type { ReportingLine } from "@attain/engine";
import type { SqlSession } from "@attain/db";

/** Every effective-dated reporting line of the workspace (roll-up credit, team quotas, managers' scope). */
export async function loadReportingLines(sql: SqlSession, workspaceId: string): Promise<ReportingLine[]> {
  const rows = await sql.query<{
    person_id: string;
    manager_id: string;
    valid_from: string;
    valid_to: string | null;
  }>(
    `select person_id, manager_id, valid_from, valid_to from reporting_lines
     where workspace_id = $1 order by person_id, valid_from`,
    [workspaceId],
  );
  return rows.map((r) => ({
    personId: r.person_id,
    managerId: r.manager_id,
    validFrom: r.valid_from,
    validTo: r.valid_to,
  }));
}
