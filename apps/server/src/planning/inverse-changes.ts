import type { AllocatedNode } from "@attain/engine";
import type { ScenarioNode } from "./load-scenario-nodes";
import type { Change } from "./schemas";

/**
 * The changes that put every node back as it was, in an order that restores them exactly: the old year of each
 * region or team in a re-spread subtree (parents first; each re-spreads below it in proportion), then each person's
 * old months one by one — so rounding in a re-spread cannot leave a cent behind. A person edited alone gets back
 * only the months that changed.
 */
export function inverseChanges(
  before: readonly ScenarioNode[],
  changed: readonly AllocatedNode[],
  months: readonly string[],
): Change[] {
  const changedById = new Map(changed.map((n) => [n.id, n]));
  // Everything below a changed region or team was re-spread, even where an amount happened to stay the same.
  const respread = new Set<string>();
  for (const node of before) {
    const parentRespread = node.parentNodeId !== null && respread.has(node.parentNodeId);
    if (parentRespread || (node.kind !== "person" && changedById.has(node.nodeId))) respread.add(node.nodeId);
  }
  const groups: Change[] = [];
  const people: Change[] = [];
  // `before` is in depth-first order, parents first.
  for (const node of before) {
    const after = changedById.get(node.nodeId);
    // Locked nodes never move (and cannot be edited): nothing to restore.
    if (node.locked || (!respread.has(node.nodeId) && !after)) continue;
    if (node.kind !== "person") {
      groups.push({ nodeId: node.nodeId, annual: node.annual });
      continue;
    }
    node.months.forEach((amount, i) => {
      const month = months[i];
      if (month !== undefined && (respread.has(node.nodeId) || after?.months[i] !== amount))
        people.push({ nodeId: node.nodeId, month, amount });
    });
  }
  return [...groups, ...people];
}
