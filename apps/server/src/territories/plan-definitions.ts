import type { TerritoryDefinition, TerritoryOwner, TerritoryRule } from "@attain/engine";
import type { PlanState } from "./load-plan-state";

/** The plan's territories as the engine takes them; named accounts are the plan's `named` assignments. */
export function planDefinitions(state: PlanState): TerritoryDefinition[] {
  const named = new Map<string, string[]>();
  for (const a of state.assignments)
    if (a.source === "named") named.set(a.territoryId, [...(named.get(a.territoryId) ?? []), a.accountId]);
  return state.territories.map((t) => ({
    id: t.id,
    name: t.name,
    parentId: t.parentId,
    level: t.level,
    kind: t.kind,
    rules: t.rules as TerritoryRule[],
    namedAccountIds: (named.get(t.id) ?? []).sort(),
    excludedAccountIds: [],
    priority: t.priority,
  }));
}

/** The plan's owners as the engine takes them. */
export function planOwners(state: PlanState): TerritoryOwner[] {
  return state.owners.map((o) => ({
    territoryId: o.territoryId,
    personId: o.personId,
    role: o.role,
    validFrom: o.validFrom,
    validTo: o.validTo,
  }));
}
