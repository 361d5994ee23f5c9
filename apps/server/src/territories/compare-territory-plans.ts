import { type BalanceAccount, measureBalance } from "@attain/engine";
import type { Db } from "@attain/db";
import type { Viewer } from "../auth/viewer";
import { workloadFor } from "./build-plan-view";
import { balanceTerritory } from "./build-balance-input";
import { type LoadedPlan, loadPlanContext } from "./load-territory-plan";
import { primaryLeaves } from "./load-plan-state";
import { requireTerritoryReader } from "./territory-access";

/**
 * Two plans side by side: the balance of each (leaf primary territories, by key so that copies line up) and what
 * moves from `base` to `other` — the accounts whose territory key differs and their exact potential.
 */
export async function compareTerritoryPlans(db: Db, viewer: Viewer, params: { base: string; other: string }) {
  requireTerritoryReader(viewer);
  const base = await loadPlanContext(db, viewer.workspaceId, params.base);
  const other = await loadPlanContext(db, viewer.workspaceId, params.other);
  const baseAssignment = assignmentByKey(base);
  const baseMetrics = measure(base, baseAssignment);
  const otherMetrics = measure(other, assignmentByKey(other), baseAssignment);
  return {
    base: { planId: base.state.plan.id, name: base.state.plan.name, metrics: baseMetrics },
    other: { planId: other.state.plan.id, name: other.state.plan.name, metrics: otherMetrics },
    moved: otherMetrics.accountsMoved,
    movedPotential: otherMetrics.potentialMoved,
  };
}

/** Account id → the key of its (leaf primary) territory in the plan. */
function assignmentByKey(plan: LoadedPlan): Record<string, string> {
  const keyOf = new Map(primaryLeaves(plan.state.territories).map((t) => [t.id, t.key]));
  const out: Record<string, string> = {};
  for (const a of plan.state.assignments) {
    const key = keyOf.get(a.territoryId);
    if (key) out[a.accountId] = key;
  }
  return out;
}

function measure(plan: LoadedPlan, assignment: Record<string, string>, previous?: Record<string, string>) {
  const workload = workloadFor(plan.state.plan.settings);
  const accounts: BalanceAccount[] = plan.accounts
    .filter((a) => assignment[a.id] !== undefined)
    .map((a) => ({
      id: a.id,
      potential: a.potential,
      workload: workload(a),
      latitude: a.latitude,
      longitude: a.longitude,
      currentTerritoryId: assignment[a.id] ?? null,
      lockedTerritoryId: null,
      allowedTerritoryIds: null,
    }));
  const territories = primaryLeaves(plan.state.territories).map((t) => balanceTerritory(t, t.key));
  return measureBalance(accounts, territories, assignment, previous ?? assignment);
}
