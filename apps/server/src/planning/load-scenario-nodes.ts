import { and, asc, eq } from "drizzle-orm";
import { type Db, type PlanningNodeRow, planningNodes, planningQuotas } from "@attain/db";

export type ScenarioNode = PlanningNodeRow & {
  /** Twelve fiscal months in order (a month without a row is "0"). */
  months: string[];
};

/** A scenario's nodes in display order (depth first), each with its twelve months. */
export async function loadScenarioNodes(
  db: Db,
  params: { workspaceId: string; scenarioId: string; months: readonly string[] },
): Promise<ScenarioNode[]> {
  const { workspaceId, scenarioId } = params;
  const [nodes, quotas] = await Promise.all([
    db
      .select()
      .from(planningNodes)
      .where(and(eq(planningNodes.workspaceId, workspaceId), eq(planningNodes.scenarioId, scenarioId)))
      .orderBy(asc(planningNodes.position)),
    db
      .select({ nodeId: planningQuotas.nodeId, month: planningQuotas.month, amount: planningQuotas.amount })
      .from(planningQuotas)
      .where(and(eq(planningQuotas.workspaceId, workspaceId), eq(planningQuotas.scenarioId, scenarioId))),
  ]);
  const index = new Map(params.months.map((m, i) => [m, i]));
  const monthsOf = new Map<string, string[]>();
  for (const q of quotas) {
    const i = index.get(q.month.slice(0, 7));
    if (i === undefined) continue;
    let months = monthsOf.get(q.nodeId);
    if (!months) {
      months = params.months.map(() => "0");
      monthsOf.set(q.nodeId, months);
    }
    months[i] = q.amount;
  }
  return nodes.map((n) => ({ ...n, months: monthsOf.get(n.nodeId) ?? params.months.map(() => "0") }));
}
