import type { Territory } from "../../api/territory-types";

export type TreeRow = { territory: Territory; depth: number; leaf: boolean };

/**
 * The hierarchy as table rows, depth first (region, its areas, their territories…), siblings by name. A parent that
 * is missing from the list (or a cycle the server would have refused) does not hide a node: it is shown at the top.
 */
export function buildTerritoryTree(territories: readonly Territory[]): TreeRow[] {
  const ids = new Set(territories.map((t) => t.id));
  const children = new Map<string | null, Territory[]>();
  for (const t of territories) {
    const parent = t.parentId !== null && ids.has(t.parentId) ? t.parentId : null;
    children.set(parent, [...(children.get(parent) ?? []), t]);
  }
  for (const list of children.values())
    list.sort((a, b) => a.name.localeCompare(b.name) || a.key.localeCompare(b.key));
  const rows: TreeRow[] = [];
  const seen = new Set<string>();
  const visit = (node: Territory, depth: number) => {
    if (seen.has(node.id)) return;
    seen.add(node.id);
    const kids = children.get(node.id) ?? [];
    rows.push({ territory: node, depth, leaf: kids.length === 0 });
    for (const kid of kids) visit(kid, depth + 1);
  };
  for (const root of children.get(null) ?? []) visit(root, 0);
  for (const t of territories) visit(t, 0);
  return rows;
}

/** Leaf primary territories: the only ones that hold accounts (moves and balancing target them). */
export function leafPrimaryTerritories(territories: readonly Territory[]): Territory[] {
  const parents = new Set(territories.map((t) => t.parentId).filter((id): id is string => id !== null));
  return territories.filter((t) => t.kind === "primary" && !parents.has(t.id));
}
