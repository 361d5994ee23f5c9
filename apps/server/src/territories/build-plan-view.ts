import { accountWorkload, type TerritoryRule } from "@attain/engine";
import type { TerritoryPlanSettings as PlanSettings } from "@attain/db";
import type { PlanAccount } from "./load-territory-accounts";
import type { PlanState } from "./load-plan-state";
import { territoryLoads } from "./compute-plan-coverage";
import type { CoverageView, PlanSummary, PlanView } from "./schemas";

/** An account's yearly visits from its tier, by the plan's settings. */
export function workloadFor(settings: PlanSettings) {
  return (account: Pick<PlanAccount, "tier">) =>
    accountWorkload(account.tier, settings.visitsPerYearByTier, settings.defaultVisitsPerYear);
}

const numberOrNull = (value: string | null) => (value === null ? null : Number(value));

/** The summary line of a plan: counts of territories, accounts, assignments, gaps and overlaps. */
export function buildPlanSummary(
  state: PlanState,
  accounts: readonly PlanAccount[],
  coverage: CoverageView,
): PlanSummary {
  const { plan } = state;
  const known = new Set(accounts.map((a) => a.id));
  return {
    id: plan.id,
    name: plan.name,
    status: plan.status,
    planOfRecord: plan.planOfRecord,
    version: plan.version,
    basedOnId: plan.basedOnId,
    effectiveFrom: plan.effectiveFrom,
    currency: plan.currency.trim(),
    revision: plan.revision,
    territories: state.territories.length,
    accounts: accounts.length,
    assigned: state.assignments.filter((a) => known.has(a.accountId)).length,
    gaps: coverage.gaps.length,
    overlaps: coverage.overlaps.length,
    createdAt: plan.createdAt.toISOString(),
    publishedAt: plan.publishedAt?.toISOString() ?? null,
  };
}

/** The whole plan: summary, settings and territories with rules, named accounts, owners and rolled-up load. */
export function buildPlanView(
  state: PlanState,
  accounts: readonly PlanAccount[],
  coverage: CoverageView,
): PlanView {
  const settings = state.plan.settings;
  const loads = new Map(
    territoryLoads(state, accounts, workloadFor(settings)).map((l) => [l.territoryId, l]),
  );
  const named = new Map<string, string[]>();
  for (const a of state.assignments)
    if (a.source === "named") named.set(a.territoryId, [...(named.get(a.territoryId) ?? []), a.accountId]);
  return {
    ...buildPlanSummary(state, accounts, coverage),
    settings,
    planningScenarioId: state.plan.planningScenarioId,
    territories: state.territories.map((t) => {
      const load = loads.get(t.id);
      return {
        id: t.id,
        key: t.key,
        name: t.name,
        parentId: t.parentId,
        level: t.level,
        kind: t.kind,
        priority: t.priority,
        rules: t.rules as TerritoryRule[],
        namedAccountIds: (named.get(t.id) ?? []).sort(),
        baseLatitude: numberOrNull(t.baseLatitude),
        baseLongitude: numberOrNull(t.baseLongitude),
        targetShare: t.targetShare,
        maxAccounts: t.maxAccounts,
        maxWorkload: numberOrNull(t.maxWorkload),
        owners: state.owners
          .filter((o) => o.territoryId === t.id)
          .map((o) => ({
            personId: o.personId,
            personName: o.personName,
            role: o.role,
            validFrom: o.validFrom,
            validTo: o.validTo,
          })),
        load: {
          accounts: load?.accounts ?? 0,
          potential: load?.potential ?? "0.00",
          workload: load?.workload ?? 0,
        },
      };
    }),
  };
}
