import type { PlanningIssue, PlanningNode } from "../types";

const KINDS = new Set(["company", "region", "team", "person"]);

/**
 * Everything wrong with a planning hierarchy: a node listed twice under different parents ("two_parents": a rep in
 * two teams on the same date), a parent that is not in the list, no root or two roots, and cycles (each reported
 * once, naming its members in order). O(n): each node's parent chain is walked once.
 */
export function checkPlanningTree(nodes: PlanningNode[]): PlanningIssue[] {
  if (!Array.isArray(nodes) || nodes.length === 0)
    return [
      { code: "no_root", message: "The hierarchy is empty: it needs one root (the company)", field: "nodes" },
    ];
  const issues: PlanningIssue[] = [];
  const first = new Map<string, number>();
  nodes.forEach((node, i) => {
    if (typeof node.id !== "string" || node.id === "") {
      issues.push({ code: "invalid", message: `nodes[${i}] has no id`, field: `nodes[${i}].id` });
      return;
    }
    if (!KINDS.has(node.kind))
      issues.push({
        code: "invalid",
        message: `${node.id}: kind must be company, region, team or person, got ${JSON.stringify(node.kind)}`,
        nodeId: node.id,
        field: `nodes[${i}].kind`,
      });
    const seen = first.get(node.id);
    if (seen === undefined) first.set(node.id, i);
    else if (nodes[seen]?.parentId !== node.parentId)
      issues.push({
        code: "two_parents",
        message: `${node.id} (${node.name}) is under both ${nodes[seen]?.parentId ?? "no parent"} and ${node.parentId ?? "no parent"} on the same date: a node has one parent`,
        nodeId: node.id,
        field: `nodes[${i}].parentId`,
      });
    else
      issues.push({
        code: "invalid",
        message: `${node.id} (${node.name}) is listed twice`,
        nodeId: node.id,
        field: `nodes[${i}].id`,
      });
  });
  const roots = [...first.values()].filter((i) => nodes[i]?.parentId === null);
  if (roots.length === 0)
    issues.push({
      code: "no_root",
      message: "No node is the root (parentId null): the company is missing",
      field: "nodes",
    });
  if (roots.length > 1)
    issues.push({
      code: "two_roots",
      message: `The hierarchy has ${roots.length} roots (${roots.map((i) => nodes[i]?.id).join(", ")}): exactly one node has no parent`,
      nodeId: nodes[roots[1] ?? 0]?.id ?? "",
      field: `nodes[${roots[1]}].parentId`,
    });
  for (const i of first.values()) {
    const node = nodes[i];
    if (node && node.parentId !== null && !first.has(node.parentId))
      issues.push({
        code: "unknown_parent",
        message: `${node.id} (${node.name}) is under ${node.parentId}, which is not in the hierarchy`,
        nodeId: node.id,
        field: `nodes[${i}].parentId`,
      });
  }
  issues.push(...findCycles(nodes, first));
  return issues;
}

// 0 unseen, 1 on the chain being walked, 2 done: meeting a 1 means the chain came back on itself.
function findCycles(nodes: readonly PlanningNode[], first: Map<string, number>): PlanningIssue[] {
  const state = new Uint8Array(nodes.length);
  const issues: PlanningIssue[] = [];
  for (const start of first.values()) {
    const chain: number[] = [];
    let at: number | undefined = start;
    while (at !== undefined && state[at] === 0) {
      state[at] = 1;
      chain.push(at);
      const parentId: string | null | undefined = nodes[at]?.parentId;
      at = parentId === null || parentId === undefined ? undefined : first.get(parentId);
    }
    if (at !== undefined && state[at] === 1) {
      const members = chain.slice(chain.indexOf(at));
      const ids = members.map((i) => nodes[i]?.id ?? "");
      issues.push({
        code: "cycle",
        message: `The hierarchy has a cycle: ${[...ids, ids[0]].join(" → ")}`,
        nodeId: ids[0] ?? "",
        field: `nodes[${members[0]}].parentId`,
      });
    }
    for (const i of chain) state[i] = 2;
  }
  return issues;
}
