import { and, eq, inArray } from "drizzle-orm";
import { type AttainDatabase, territoryAccounts } from "@attain/db";
import type { Viewer } from "../auth/viewer";
import { buildPlanView } from "./build-plan-view";
import { computePlanCoverage } from "./compute-plan-coverage";
import { loadPlanContext } from "./load-territory-plan";
import { bumpPlanRevision, lockTerritoryPlan } from "./lock-territory-plan";
import { recordTerritoryEvent } from "./record-territory-event";
import type { CoverageView, PlanView } from "./schemas";
import { requireTerritoryPlanner } from "./territory-access";

/**
 * Assigns accounts by the plan's rules (planners): `unassigned` fills only accounts without a territory, `all` also
 * moves assigned ones to where the rules put them. Named accounts go to their territory, locked; locked accounts
 * never move; an overlap or a gap keeps its current territory (or stays unassigned).
 */
export async function applyTerritoryRules(
  database: AttainDatabase,
  viewer: Viewer,
  params: { planId: string; baseRevision: number; scope: "unassigned" | "all"; now: Date },
): Promise<{ plan: PlanView; coverage: CoverageView }> {
  requireTerritoryPlanner(viewer);
  const { workspaceId, userId } = viewer;
  const { planId } = params;
  await database.transaction(async ({ db }) => {
    await lockTerritoryPlan(db, { workspaceId, planId, baseRevision: params.baseRevision });
    const { state, accounts } = await loadPlanContext(db, workspaceId, planId);
    const { report } = computePlanCoverage(state, accounts);
    const current = new Map(state.assignments.map((a) => [a.accountId, a]));
    const changes = report.matches.flatMap((m) => {
      const now = current.get(m.accountId);
      if (m.territoryId === null || (m.reason !== "named" && m.reason !== "rule")) return [];
      if (now?.locked && m.reason !== "named") return [];
      if (now && params.scope === "unassigned" && m.reason !== "named") return [];
      const named = m.reason === "named";
      if (now && now.territoryId === m.territoryId && now.locked === named) return [];
      return [
        {
          workspaceId,
          planId,
          accountId: m.accountId,
          territoryId: m.territoryId,
          source: named ? ("named" as const) : ("rule" as const),
          locked: named,
        },
      ];
    });
    const ids = changes.map((c) => c.accountId);
    for (let i = 0; i < ids.length; i += 1_000)
      await db
        .delete(territoryAccounts)
        .where(
          and(
            eq(territoryAccounts.planId, planId),
            inArray(territoryAccounts.accountId, ids.slice(i, i + 1_000)),
          ),
        );
    for (let i = 0; i < changes.length; i += 1_000)
      await db.insert(territoryAccounts).values(changes.slice(i, i + 1_000));
    await bumpPlanRevision(db, planId, params.now);
    await recordTerritoryEvent(db, {
      workspaceId,
      planId,
      actorId: userId,
      action: "rules.applied",
      detail: { scope: params.scope, assigned: changes.length },
    });
  });
  const loaded = await loadPlanContext(database.db, workspaceId, planId);
  return {
    plan: buildPlanView(loaded.state, loaded.accounts, loaded.coverage),
    coverage: loaded.coverage,
  };
}
