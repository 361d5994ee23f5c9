import { sql } from "drizzle-orm";
import { type Db, type PlanVersionStatus, selectRows } from "@attain/db";

export type PlanVersionInfo = {
  versionId: string;
  planId: string;
  planKey: string;
  planName: string;
  version: number;
  status: PlanVersionStatus;
  definition: unknown;
};

/** The compensation plan versions of the workspace among `versionIds`, with their plan (ids of other workspaces are not found). */
export async function loadPlanVersions(
  db: Db,
  params: { workspaceId: string; versionIds: readonly string[] },
): Promise<Map<string, PlanVersionInfo>> {
  // Only well-formed uuids reach the query: a malformed id is simply not found (a 422 naming it, not a 500).
  const ids = params.versionIds.filter((id) => UUID.test(id));
  if (ids.length === 0) return new Map();
  const rows = await selectRows<{
    id: string;
    plan_id: string;
    key: string;
    name: string;
    version: number;
    status: PlanVersionStatus;
    definition: unknown;
  }>(
    db,
    sql`select v.id, v.plan_id, p.key, p.name, v.version, v.status, v.definition
        from comp_plan_versions v join comp_plans p on p.id = v.plan_id
        where p.workspace_id = ${params.workspaceId} and v.id = any(${`{${ids.join(",")}}`}::uuid[])`,
  );
  return new Map(
    rows.map((r) => [
      r.id,
      {
        versionId: r.id,
        planId: r.plan_id,
        planKey: r.key,
        planName: r.name,
        version: Number(r.version),
        status: r.status,
        definition: r.definition,
      },
    ]),
  );
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
