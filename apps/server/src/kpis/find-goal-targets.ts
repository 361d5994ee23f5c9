import { type Db, selectRows } from "@attain/db";
import { type SQL, sql } from "drizzle-orm";
import type { ResolvedKpiRequest } from "./resolve-kpi-request";

/**
 * The target of an active goal for exactly the request's scope (a person, a team, or the workspace) whose dates
 * overlap the period, per KPI key; the latest goal wins.
 */
export async function findGoalTargets(
  db: Db,
  resolved: ResolvedKpiRequest,
  query: { teamId?: string; regionId?: string },
  keys: readonly string[],
): Promise<Map<string, string>> {
  const { scope } = resolved.context;
  let owner: SQL;
  if (query.regionId) return new Map();
  if (query.teamId) owner = sql`g.owner_kind = 'team' and g.team_id = ${query.teamId}::uuid`;
  else if (scope.kind === "workspace") owner = sql`g.owner_kind = 'workspace'`;
  else if (scope.personId) owner = sql`g.owner_kind = 'person' and g.person_id = ${scope.personId}::uuid`;
  else return new Map();
  if (keys.length === 0) return new Map();
  const rows = await selectRows<{ kpi_key: string; target: string }>(
    db,
    sql`select distinct on (g.kpi_key) g.kpi_key, g.target::text as target from goals g
        where g.workspace_id = ${resolved.request.workspaceId} and g.status = 'active'
          and g.kpi_key = any(${`{${keys.join(",")}}`}::text[]) and ${owner}
          and g.starts_on < ${resolved.request.toDayExclusive}::date and g.deadline >= ${resolved.request.fromDay}::date
        order by g.kpi_key, g.created_at desc`,
  );
  return new Map(rows.map((r) => [r.kpi_key, r.target]));
}
