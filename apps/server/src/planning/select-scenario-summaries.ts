import { type SQL, sql } from "drizzle-orm";
import { type Db, type PlanningScenarioRow, selectRows } from "@attain/db";
import type { Assumptions, ScenarioSummary } from "./schemas";

export type ScenarioRecord = { row: PlanningScenarioRow; summary: ScenarioSummary };

type SummaryRow = {
  id: string;
  total_quota: string;
  people: string;
  created_by_name: string | null;
};

/**
 * Scenarios of a workspace matching `where` (an SQL condition on `s`), with the figures a list shows: Σ of the person
 * nodes' annual quotas, how many people, who created it. Plan of record first, then newest first.
 */
export async function selectScenarioSummaries(
  db: Db,
  workspaceId: string,
  where: SQL = sql`true`,
): Promise<ScenarioRecord[]> {
  const figures = await selectRows<SummaryRow>(
    db,
    sql`select s.id,
               coalesce((select sum(n.annual) from planning_nodes n
                         where n.scenario_id = s.id and n.kind = 'person'), 0)::text as total_quota,
               (select count(*) from planning_nodes n where n.scenario_id = s.id and n.kind = 'person')::text as people,
               u.display_name as created_by_name
        from planning_scenarios s left join users u on u.id = s.created_by
        where s.workspace_id = ${workspaceId} and ${where}
        order by s.plan_of_record desc, s.created_at desc, s.id`,
  );
  if (figures.length === 0) return [];
  const rows = await db.query.planningScenarios.findMany({
    where: (s, { inArray }) =>
      inArray(
        s.id,
        figures.map((f) => f.id),
      ),
  });
  const byId = new Map(rows.map((r) => [r.id, r]));
  return figures.flatMap((f) => {
    const row = byId.get(f.id);
    if (!row) return [];
    return [{ row, summary: summaryOf(row, f) }];
  });
}

function summaryOf(row: PlanningScenarioRow, f: SummaryRow): ScenarioSummary {
  const assumptions = row.assumptions as Assumptions;
  return {
    id: row.id,
    name: row.name,
    fiscalYear: row.fiscalYear,
    measure: row.measure,
    currency: row.currency,
    status: row.status,
    planOfRecord: row.planOfRecord,
    version: row.version,
    basedOnId: row.basedOnId,
    revision: row.revision,
    asOf: row.asOf,
    target: assumptions.target.annual,
    totalQuota: f.total_quota,
    people: Number(f.people),
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
    publishedAt: row.publishedAt?.toISOString() ?? null,
    createdByName: f.created_by_name,
  };
}
