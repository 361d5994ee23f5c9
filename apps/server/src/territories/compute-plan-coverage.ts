import { type CoverageReport, matchTerritories } from "@attain/engine";
import type { PlanAccount } from "./load-territory-accounts";
import type { PlanState } from "./load-plan-state";
import { planDefinitions } from "./plan-definitions";
import type { CoverageView } from "./schemas";
import { sumPotentials } from "./sum-potentials";

const NO_COORDINATES_SHOWN = 100;

/**
 * The plan's coverage: what its rules match (the engine's report) against what it assigns. An assigned account is
 * covered whatever its rules say; a gap is an unassigned account no rule matches, an overlap an unassigned account
 * that several primary territories match at the same priority. `byTerritory` counts the assignments (leaves, rolled
 * up on parents) with exact potentials.
 */
export function computePlanCoverage(
  state: PlanState,
  accounts: readonly PlanAccount[],
): { view: CoverageView; report: CoverageReport } {
  const report = matchTerritories([...accounts], planDefinitions(state));
  const assigned = new Map(state.assignments.map((a) => [a.accountId, a.territoryId]));
  const byId = new Map(accounts.map((a) => [a.id, a]));
  const gaps = report.gaps
    .filter((g) => !assigned.has(g.accountId))
    .map((g) => {
      const account = byId.get(g.accountId);
      return {
        accountId: g.accountId,
        name: g.name,
        countryCode: account?.countryCode ?? null,
        regionId: account?.regionId ?? null,
      };
    });
  const overlaps = report.overlaps.filter((o) => !assigned.has(o.accountId));
  const withoutCoordinates = accounts.filter((a) => a.latitude === null || a.longitude === null);
  return {
    report,
    view: {
      gaps,
      overlaps,
      unassigned: accounts.filter((a) => !assigned.has(a.id)).length,
      noCoordinates: {
        count: withoutCoordinates.length,
        accounts: withoutCoordinates
          .slice(0, NO_COORDINATES_SHOWN)
          .map((a) => ({ accountId: a.id, name: a.name })),
      },
      byTerritory: territoryLoads(state, accounts).map((l) => ({
        territoryId: l.territoryId,
        accounts: l.accounts,
        potential: l.potential,
      })),
    },
  };
}

export type TerritoryLoadView = {
  territoryId: string;
  accounts: number;
  potential: string;
  workload: number;
};

/** Accounts, exact potential and workload assigned to each territory, rolled up from the leaves to their parents. */
export function territoryLoads(
  state: PlanState,
  accounts: readonly (PlanAccount & { workload?: number })[],
  workloadOf: (account: PlanAccount) => number = () => 0,
): TerritoryLoadView[] {
  const byId = new Map(accounts.map((a) => [a.id, a]));
  const parentOf = new Map(state.territories.map((t) => [t.id, t.parentId]));
  const members = new Map<string, PlanAccount[]>(state.territories.map((t) => [t.id, []]));
  for (const a of state.assignments) {
    const account = byId.get(a.accountId);
    if (!account) continue;
    // Each ancestor gets the account once (the walk stops at a cycle, which the hierarchy check prevents anyway).
    const seen = new Set<string>();
    for (let at: string | null = a.territoryId; at !== null && !seen.has(at); at = parentOf.get(at) ?? null) {
      seen.add(at);
      members.get(at)?.push(account);
    }
  }
  return state.territories.map((t) => {
    const list = members.get(t.id) ?? [];
    return {
      territoryId: t.id,
      accounts: list.length,
      potential: sumPotentials(list.map((a) => a.potential)),
      workload: list.reduce((sum, a) => sum + workloadOf(a), 0),
    };
  });
}
