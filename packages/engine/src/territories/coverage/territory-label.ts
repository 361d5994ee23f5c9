import type { TerritoryDefinition } from "../types";

/** "FR-PARIS (Paris)", or just the id when the name adds nothing. */
export const territoryLabel = (t: Pick<TerritoryDefinition, "id" | "name">): string =>
  t.name && t.name !== t.id ? `${t.id} (${t.name})` : t.id;
