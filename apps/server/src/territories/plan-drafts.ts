import type { TerritoryRule } from "@attain/engine";
import type { PlanState } from "./load-plan-state";
import type { AssignmentDraft, OwnerDraft, TerritoryDraft } from "./write-plan-rows";

/** A stored plan's rows as drafts keyed by territory key (to copy a plan, or rewrite it with some rows changed). */
export function planDrafts(state: PlanState): {
  territories: TerritoryDraft[];
  owners: OwnerDraft[];
  assignments: AssignmentDraft[];
} {
  const keyOf = new Map(state.territories.map((t) => [t.id, t.key]));
  return {
    territories: state.territories.map((t) => ({
      key: t.key,
      name: t.name,
      parentKey: t.parentId === null ? null : (keyOf.get(t.parentId) ?? null),
      level: t.level,
      kind: t.kind,
      priority: t.priority,
      rules: t.rules as TerritoryRule[],
      baseLatitude: t.baseLatitude,
      baseLongitude: t.baseLongitude,
      targetShare: t.targetShare,
      maxAccounts: t.maxAccounts,
      maxWorkload: t.maxWorkload,
    })),
    owners: state.owners.flatMap((o) => {
      const key = keyOf.get(o.territoryId);
      return key
        ? [{ key, personId: o.personId, role: o.role, validFrom: o.validFrom, validTo: o.validTo }]
        : [];
    }),
    assignments: state.assignments.flatMap((a) => {
      const key = keyOf.get(a.territoryId);
      return key ? [{ accountId: a.accountId, key, source: a.source, locked: a.locked }] : [];
    }),
  };
}
