import type { PlanningNodeKind } from "../types";

type TreeNode = { id: string; parentId: string | null; kind: PlanningNodeKind; name: string };

/** A checked hierarchy by position: parents, children (by name then id), depth-first order and depths. */
export type PlanningTree = {
  index: Map<string, number>;
  parent: Int32Array;
  children: number[][];
  /** Depth-first: parents before children, siblings by name then id. */
  order: number[];
  depth: Int32Array;
  root: number;
};

/** Indexes a hierarchy that checkPlanningTree found clean. Names compare by code unit: no locale can reorder them. */
export function buildPlanningTree(nodes: readonly TreeNode[]): PlanningTree {
  const index = new Map<string, number>();
  nodes.forEach((node, i) => {
    index.set(node.id, i);
  });
  const parent = new Int32Array(nodes.length).fill(-1);
  const children: number[][] = nodes.map(() => []);
  let root = 0;
  nodes.forEach((node, i) => {
    const p = node.parentId === null ? undefined : index.get(node.parentId);
    if (p === undefined) root = i;
    else {
      parent[i] = p;
      children[p]?.push(i);
    }
  });
  const byNameThenId = (a: number, b: number) => {
    const x = nodes[a];
    const y = nodes[b];
    if (!x || !y) return 0;
    if (x.name !== y.name) return x.name < y.name ? -1 : 1;
    return x.id < y.id ? -1 : x.id > y.id ? 1 : 0;
  };
  for (const list of children) if (list.length > 1) list.sort(byNameThenId);
  const order: number[] = [];
  const depth = new Int32Array(nodes.length);
  const stack = [root];
  while (stack.length > 0) {
    const at = stack.pop() ?? root;
    order.push(at);
    const list = children[at] ?? [];
    for (let k = list.length - 1; k >= 0; k--) {
      const child = list[k] ?? 0;
      depth[child] = (depth[at] ?? 0) + 1;
      stack.push(child);
    }
  }
  return { index, parent, children, order, depth, root };
}
