import type { Db } from "@attain/db";
import { buildPlanView } from "./build-plan-view";
import { computePlanCoverage } from "./compute-plan-coverage";
import { loadPlanState, type PlanState } from "./load-plan-state";
import { loadTerritoryAccounts, type PlanAccount } from "./load-territory-accounts";
import type { CoverageView, PlanView } from "./schemas";

/** A plan with everything its views need: stored state, accounts (potential, tier) and coverage. */
export type LoadedPlan = {
  state: PlanState;
  accounts: PlanAccount[];
  coverage: CoverageView;
};

export async function loadPlanContext(db: Db, workspaceId: string, planId: string): Promise<LoadedPlan> {
  const state = await loadPlanState(db, workspaceId, planId);
  const accounts = await loadTerritoryAccounts(db, {
    workspaceId,
    tierSegmentation: state.plan.settings.tierSegmentation,
    asOf: state.plan.effectiveFrom,
  });
  return { state, accounts, coverage: computePlanCoverage(state, accounts).view };
}

/** The plan as the API returns it. */
export async function loadTerritoryPlan(db: Db, workspaceId: string, planId: string): Promise<PlanView> {
  const { state, accounts, coverage } = await loadPlanContext(db, workspaceId, planId);
  return buildPlanView(state, accounts, coverage);
}
