import type { SqlSession } from "@attain/db";
import type { RoutingContext, TerritoryDefinition, TerritoryRule } from "@attain/engine";

export type PlanOfRecordRouting = {
  planId: string;
  effectiveFrom: string;
  /** Territory id → key and name, for what routing writes. */
  territories: Map<string, { key: string; name: string }>;
  context: Omit<RoutingContext, "asOf">;
};

/**
 * The plan of record as routing reads it (territories, owners, each account's territory), through a raw SQL session
 * so that the importers can route inside their own transaction. Null when no plan is published.
 */
export async function loadRoutingContext(
  sql: SqlSession,
  workspaceId: string,
): Promise<PlanOfRecordRouting | null> {
  const [plan] = await sql.query<{ id: string; effective_from: string }>(
    "select id, effective_from from territory_plans where workspace_id = $1 and plan_of_record",
    [workspaceId],
  );
  if (!plan) return null;
  const [territoryRows, ownerRows, assignmentRows] = await Promise.all([
    sql.query<{
      id: string;
      key: string;
      name: string;
      parent_id: string | null;
      level: TerritoryDefinition["level"];
      kind: TerritoryDefinition["kind"];
      priority: number;
      rules: TerritoryRule[];
    }>(
      `select id, key, name, parent_id, level, kind, priority, rules from territories
       where workspace_id = $1 and plan_id = $2 order by position, key`,
      [workspaceId, plan.id],
    ),
    sql.query<{
      territory_id: string;
      person_id: string;
      role: "primary" | "overlay";
      valid_from: string;
      valid_to: string | null;
    }>(
      `select territory_id, person_id, role, valid_from, valid_to from territory_owners
       where workspace_id = $1 and plan_id = $2 order by valid_from, person_id`,
      [workspaceId, plan.id],
    ),
    sql.query<{ account_id: string; territory_id: string; source: string }>(
      "select account_id, territory_id, source from territory_accounts where workspace_id = $1 and plan_id = $2",
      [workspaceId, plan.id],
    ),
  ]);
  const named = new Map<string, string[]>();
  const accountTerritories: Record<string, string> = {};
  for (const a of assignmentRows) {
    accountTerritories[a.account_id] = a.territory_id;
    if (a.source === "named") named.set(a.territory_id, [...(named.get(a.territory_id) ?? []), a.account_id]);
  }
  return {
    planId: plan.id,
    effectiveFrom: plan.effective_from,
    territories: new Map(territoryRows.map((t) => [t.id, { key: t.key, name: t.name }])),
    context: {
      territories: territoryRows.map((t) => ({
        id: t.id,
        name: t.name,
        parentId: t.parent_id,
        level: t.level,
        kind: t.kind,
        rules: t.rules,
        namedAccountIds: (named.get(t.id) ?? []).sort(),
        excludedAccountIds: [],
        priority: Number(t.priority),
      })),
      owners: ownerRows.map((o) => ({
        territoryId: o.territory_id,
        personId: o.person_id,
        role: o.role,
        validFrom: o.valid_from,
        validTo: o.valid_to,
      })),
      accountTerritories,
    },
  };
}
