import type { TerritoryDefinition } from "../types";
import { type CompiledRule, compileRule } from "./compiled-rule";
import { indexRules, type RuleIndex } from "./rule-index";

/** A checked hierarchy ready for matching: parent links, leaves, named/excluded look-ups and the rule index. */
export type CoveragePlan = {
  territories: readonly TerritoryDefinition[];
  indexOf: ReadonlyMap<string, number>;
  /** Index of each territory's parent, −1 for a root. */
  parent: Int32Array;
  isLeaf: readonly boolean[];
  namedPrimary: ReadonlyMap<string, number>;
  namedOverlays: ReadonlyMap<string, number[]>;
  excluded: ReadonlyMap<string, ReadonlySet<number>>;
  rules: RuleIndex;
  ruleCount: number;
};

/** Prepares territories for matching; they must have passed `checkTerritories` (the caller throws otherwise). */
export function prepareCoveragePlan(territories: readonly TerritoryDefinition[]): CoveragePlan {
  const indexOf = new Map(territories.map((t, i) => [t.id, i]));
  const parent = Int32Array.from(territories, (t) =>
    t.parentId === null ? -1 : (indexOf.get(t.parentId) ?? -1),
  );
  const isLeaf = territories.map(() => true);
  for (const p of parent) if (p >= 0) isLeaf[p] = false;
  const namedPrimary = new Map<string, number>();
  const namedOverlays = new Map<string, number[]>();
  const excluded = new Map<string, Set<number>>();
  const compiled: CompiledRule[] = [];
  territories.forEach((t, i) => {
    if (!isLeaf[i]) return;
    for (const accountId of new Set(t.namedAccountIds))
      if (t.kind === "primary") namedPrimary.set(accountId, i);
      else namedOverlays.set(accountId, [...(namedOverlays.get(accountId) ?? []), i]);
    for (const accountId of t.excludedAccountIds) {
      const set = excluded.get(accountId) ?? new Set<number>();
      set.add(i);
      excluded.set(accountId, set);
    }
    t.rules.forEach((rule, position) => {
      compiled.push(compileRule(rule, i, position));
    });
  });
  return {
    territories,
    indexOf,
    parent,
    isLeaf,
    namedPrimary,
    namedOverlays,
    excluded,
    rules: indexRules(compiled),
    ruleCount: compiled.length,
  };
}
