import type { TerritoryDefinition, TerritoryIssue } from "../types";

/**
 * Each cycle of parent links once, naming its members in order ("A → B → A"). `first` maps an id to the index of
 * its first definition. O(n): every territory's parent chain is walked once (0 unseen, 1 on the chain being
 * walked, 2 done; meeting a 1 means the chain came back on itself).
 */
export function findCycles(
  territories: readonly TerritoryDefinition[],
  first: ReadonlyMap<string, number>,
): TerritoryIssue[] {
  const state = new Uint8Array(territories.length);
  const issues: TerritoryIssue[] = [];
  for (const start of first.values()) {
    const chain: number[] = [];
    let at: number | undefined = start;
    while (at !== undefined && state[at] === 0) {
      state[at] = 1;
      chain.push(at);
      const parentId: string | null | undefined = territories[at]?.parentId;
      at = typeof parentId === "string" ? first.get(parentId) : undefined;
    }
    if (at !== undefined && state[at] === 1) {
      const members = chain.slice(chain.indexOf(at));
      const ids = members.map((i) => territories[i]?.id ?? "");
      issues.push({
        code: "cycle",
        message: `The territory hierarchy has a cycle: ${[...ids, ids[0]].join(" → ")}`,
        territoryId: ids[0] ?? "",
        field: `territories[${members[0]}].parentId`,
      });
    }
    for (const i of chain) state[i] = 2;
  }
  return issues;
}
