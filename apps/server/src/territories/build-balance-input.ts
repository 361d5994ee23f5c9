import type { BalanceAccount, BalanceTerritory, CoverageReport } from "@attain/engine";
import type { TerritoryRow as StoredTerritory } from "@attain/db";
import { workloadFor } from "./build-plan-view";
import type { PlanAccount } from "./load-territory-accounts";
import { type PlanState, primaryLeaves } from "./load-plan-state";

const numberOrNull = (value: string | null) => (value === null ? null : Number(value));

/** A leaf territory as the balancer takes it: base, target share and capacities. */
export function balanceTerritory(t: StoredTerritory, id: string = t.id): BalanceTerritory {
  return {
    id,
    baseLatitude: numberOrNull(t.baseLatitude),
    baseLongitude: numberOrNull(t.baseLongitude),
    targetShare: t.targetShare,
    maxAccounts: t.maxAccounts,
    maxWorkload: numberOrNull(t.maxWorkload),
  };
}

/**
 * The balancing problem of a plan over the leaf primary territories in `scope` (all of them by default): the
 * accounts assigned to them (and, over the whole plan, the unassigned ones), with workload from tier, their current
 * and locked territory, and the territories they may go to — the scope's leaves their rules match, or any leaf of
 * the scope when no rule matches them. An account whose rules match only leaves outside the scope is allowed
 * nowhere, and the balancer reports it.
 */
export function buildBalanceProblem(
  state: PlanState,
  accounts: readonly PlanAccount[],
  report: CoverageReport,
  scope: ReadonlySet<string> | null,
): { accounts: BalanceAccount[]; territories: BalanceTerritory[] } {
  const leaves = primaryLeaves(state.territories).filter((t) => !scope || scope.has(t.id));
  const inScope = new Set(leaves.map((t) => t.id));
  const workload = workloadFor(state.plan.settings);
  const assignment = new Map(state.assignments.map((a) => [a.accountId, a]));
  const candidates = new Map(report.matches.map((m) => [m.accountId, m.candidates]));
  const balanceAccounts: BalanceAccount[] = [];
  for (const account of accounts) {
    const assigned = assignment.get(account.id);
    if (assigned ? !inScope.has(assigned.territoryId) : scope !== null) continue;
    const matched = candidates.get(account.id) ?? [];
    balanceAccounts.push({
      id: account.id,
      potential: account.potential,
      workload: workload(account),
      latitude: account.latitude,
      longitude: account.longitude,
      currentTerritoryId: assigned?.territoryId ?? null,
      lockedTerritoryId: assigned?.locked ? assigned.territoryId : null,
      allowedTerritoryIds: matched.length === 0 ? null : matched.filter((id) => inScope.has(id)),
    });
  }
  return { accounts: balanceAccounts, territories: leaves.map((t) => balanceTerritory(t)) };
}
