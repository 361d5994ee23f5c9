import type { SqlSession } from "@attain/db";

/** What quota proration and ramps need of a person. */
export type QuotaPerson = {
  name: string;
  hireDate: string | null;
  leaveDate: string | null;
  rampMonths: number;
};

/** Every person of the workspace (payees and the members of their teams) by id, for quota adjustment. */
export async function loadQuotaPeople(
  sql: SqlSession,
  workspaceId: string,
): Promise<Map<string, QuotaPerson>> {
  const rows = await sql.query<{
    id: string;
    full_name: string;
    hire_date: string | null;
    leave_date: string | null;
    ramp_months: number;
  }>("select id, full_name, hire_date, leave_date, ramp_months from people where workspace_id = $1", [
    workspaceId,
  ]);
  return new Map(
    rows.map((r) => [
      r.id,
      { name: r.full_name, hireDate: r.hire_date, leaveDate: r.leave_date, rampMonths: r.ramp_months },
    ]),
  );
}
