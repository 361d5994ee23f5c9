/** 20 categorical colours, distinct on a light map (Tableau 20, the darker half first). */
export const TERRITORY_PALETTE = [
  "#4e79a7",
  "#f28e2b",
  "#e15759",
  "#76b7b2",
  "#59a14f",
  "#edc948",
  "#b07aa1",
  "#ff9da7",
  "#9c755f",
  "#bab0ac",
  "#1f77b4",
  "#ff7f0e",
  "#2ca02c",
  "#d62728",
  "#9467bd",
  "#8c564b",
  "#e377c2",
  "#7f7f7f",
  "#bcbd22",
  "#17becf",
] as const;

/** The colour of accounts no territory holds. */
export const UNASSIGNED_COLOUR = "#343a40";

/** FNV-1a: a small, stable hash of a territory key. */
export function hashKey(key: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < key.length; i++) {
    hash ^= key.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash;
}

/**
 * A colour per territory key that stays put: each key starts at the palette slot its hash names and, in key order,
 * takes the first slot still free (so two territories share a colour only past 20). The same keys always give the
 * same colours, whatever order they arrive in; a copied plan keeps its keys, so its map looks the same.
 */
export function assignTerritoryColours(keys: string[]): Map<string, string> {
  const size = TERRITORY_PALETTE.length;
  const colours = new Map<string, string>();
  const used = new Set<number>();
  for (const key of [...new Set(keys)].sort()) {
    const start = hashKey(key) % size;
    let slot = start;
    for (let step = 0; step < size && used.has(slot); step++) slot = (start + step + 1) % size;
    if (used.size >= size) slot = start;
    used.add(slot);
    colours.set(key, TERRITORY_PALETTE[slot] ?? UNASSIGNED_COLOUR);
  }
  return colours;
}
