import { sql } from "drizzle-orm";
import { type Db, selectRows } from "@attain/db";
import type { CapacityPerson } from "./build-capacity-input";

/**
 * The people of each supporting role (people.job_role) employed on some day of the year (`yearStart`–`yearEnd`),
 * as capacity heads, by role. Anyone in `excludePersonIds` (the scenario's quota carriers, already the ae role's
 * heads) is left out so that no one is counted twice.
 */
export async function loadCapacityPeople(
  db: Db,
  params: {
    workspaceId: string;
    roles: readonly string[];
    yearStart: string;
    yearEnd: string;
    excludePersonIds: ReadonlySet<string>;
  },
): Promise<Map<string, CapacityPerson[]>> {
  const byRole = new Map<string, CapacityPerson[]>(params.roles.map((role) => [role, []]));
  if (params.roles.length === 0) return byRole;
  const rows = await selectRows<{
    id: string;
    job_role: string;
    hire_date: string | null;
    leave_date: string | null;
  }>(
    db,
    sql`select p.id, p.job_role, p.hire_date::text as hire_date, p.leave_date::text as leave_date
        from people p
        where p.workspace_id = ${params.workspaceId}
          and p.job_role in (${sql.join(
            params.roles.map((role) => sql`${role}`),
            sql`, `,
          )})
          and (p.hire_date is null or p.hire_date <= ${params.yearEnd}::date)
          and (p.leave_date is null or p.leave_date >= ${params.yearStart}::date)
        order by p.full_name, p.id`,
  );
  for (const row of rows) {
    if (params.excludePersonIds.has(row.id)) continue;
    byRole
      .get(row.job_role)
      ?.push({ nodeId: `person:${row.id}`, hireDate: row.hire_date, leaveDate: row.leave_date });
  }
  return byRole;
}
