/** The part of a grid row the hierarchy needs. */
type TreeRow = { nodeId: string; parentNodeId: string | null };

/**
 * Rows still shown when some nodes are collapsed: every row whose ancestors are all expanded. Rows come parents
 * first (depth-first), so one pass knows each row's parent's fate.
 */
export function visibleRows<T extends TreeRow>(rows: readonly T[], collapsed: ReadonlySet<string>): T[] {
  const hidden = new Set<string>();
  const shown: T[] = [];
  for (const row of rows) {
    const parent = row.parentNodeId;
    if (parent !== null && (hidden.has(parent) || collapsed.has(parent))) {
      hidden.add(row.nodeId);
      continue;
    }
    shown.push(row);
  }
  return shown;
}

/** Nodes with at least one child (the ones a toggle can collapse). */
export function parentNodeIds(rows: readonly TreeRow[]): Set<string> {
  return new Set(rows.flatMap((row) => (row.parentNodeId === null ? [] : [row.parentNodeId])));
}
