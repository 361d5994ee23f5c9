import type { SqlSession } from "@attain/db";
import { normaliseKey } from "./parse/normalise-key";
import type { RefEntity } from "./spec";

const nameColumn: Record<RefEntity, string> = {
  accounts: "name",
  products: "name",
  people: "full_name",
  regions: "name",
  teams: "name",
};

/** Records of the small entities a file refers to, found by exact external id, else by normalised name. */
export type ReferenceIndex = {
  /** The id, null when nothing matches, or "ambiguous" when the name belongs to several records. */
  find(entity: RefEntity, raw: string): string | null | "ambiguous";
};

const AMBIGUOUS = "ambiguous";

/** Loads, once per import, every record of each referenced entity in the workspace (these tables stay small). */
export async function loadReferences(
  sql: SqlSession,
  workspaceId: string,
  entities: ReadonlySet<RefEntity>,
): Promise<ReferenceIndex> {
  const indexes = new Map<RefEntity, { byId: Map<string, string>; byName: Map<string, string> }>();
  for (const entity of entities) {
    const rows = await sql.query<{ id: string; external_id: string; name: string }>(
      `select id, external_id, ${nameColumn[entity]} as name from ${entity} where workspace_id = $1`,
      [workspaceId],
    );
    const byId = new Map<string, string>();
    const byName = new Map<string, string>();
    for (const row of rows) {
      byId.set(row.external_id, row.id);
      const key = normaliseKey(row.name);
      const seen = byName.get(key);
      byName.set(key, seen && seen !== row.id ? AMBIGUOUS : row.id);
    }
    indexes.set(entity, { byId, byName });
  }
  return {
    find(entity, raw) {
      const index = indexes.get(entity);
      if (!index) return null;
      return index.byId.get(raw) ?? index.byName.get(normaliseKey(raw)) ?? null;
    },
  };
}
