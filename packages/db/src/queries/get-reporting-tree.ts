import { sql } from "drizzle-orm";
import type { Db } from "../connect";
import { selectRows } from "./rows";

/**
 * Everyone who reports to `managerId`, directly or not, on `asOf` (reporting lines are effective-dated,
 * valid_to exclusive). The manager is not included. UNION (not UNION ALL) stops at cycles.
 */
export async function getReportingTree(
  db: Db,
  params: { workspaceId: string; managerId: string; asOf: string },
): Promise<string[]> {
  const rows = await selectRows<{ person_id: string }>(
    db,
    sql`with recursive current_lines as (
          select person_id, manager_id from reporting_lines
          where workspace_id = ${params.workspaceId} and valid_from <= ${params.asOf}::date
            and (valid_to is null or valid_to > ${params.asOf}::date)
        ), tree(person_id) as (
          select person_id from current_lines where manager_id = ${params.managerId}
          union
          select l.person_id from current_lines l join tree t on l.manager_id = t.person_id
        )
        select person_id from tree where person_id <> ${params.managerId}`,
  );
  return rows.map((r) => r.person_id);
}
