import { managersAsOf, type ReportingLine } from "../../org/reporting-line";

/** People as dense indexes with their manager, depth and direct reports on one day. */
export type ForecastTree = {
  ids: string[];
  index: Map<string, number>;
  /** Manager's index, −1 at the top. */
  parent: Int32Array;
  depth: Int32Array;
  children: number[][];
  /** Indexes ordered deepest first, so every report is handled before its manager. */
  deepestFirst: number[];
};

/**
 * The tree of everyone named (lines on `asOf`, plus `extraIds`). A cycle in bad data is cut where it is found (that
 * person is taken as a top), so every walk up ends.
 */
export function buildForecastTree(
  lines: readonly ReportingLine[],
  asOf: string,
  extraIds: Iterable<string>,
): ForecastTree {
  const managers = managersAsOf(lines, asOf);
  const ids: string[] = [];
  const index = new Map<string, number>();
  const add = (id: string) => {
    if (!index.has(id)) {
      index.set(id, ids.length);
      ids.push(id);
    }
  };
  for (const [personId, managerId] of managers) {
    add(personId);
    add(managerId);
  }
  for (const id of extraIds) add(id);

  const n = ids.length;
  const parent = new Int32Array(n).fill(-1);
  for (const [personId, managerId] of managers) {
    parent[index.get(personId) as number] = index.get(managerId) as number;
  }
  const depth = new Int32Array(n).fill(-1);
  const state = new Uint8Array(n); // 0 unseen, 1 on the current walk, 2 done
  for (let start = 0; start < n; start++) {
    if (state[start] === 2) continue;
    const walk: number[] = [];
    let p = start;
    while (p !== -1 && state[p] === 0) {
      state[p] = 1;
      walk.push(p);
      p = parent[p] as number;
    }
    if (p !== -1 && state[p] === 1) {
      parent[p] = -1; // a cycle: cut it at the person where the walk came back
      depth[p] = 0;
    }
    for (let i = walk.length - 1; i >= 0; i--) {
      const q = walk[i] as number;
      const up = parent[q] as number;
      if (depth[q] === -1) depth[q] = up === -1 ? 0 : (depth[up] as number) + 1;
      state[q] = 2;
    }
  }
  const children: number[][] = Array.from({ length: n }, () => []);
  for (let i = 0; i < n; i++) {
    const up = parent[i] as number;
    if (up !== -1) children[up]?.push(i);
  }
  const deepestFirst = Array.from({ length: n }, (_, i) => i).sort(
    (a, b) => (depth[b] as number) - (depth[a] as number),
  );
  return { ids, index, parent, depth, children, deepestFirst };
}
