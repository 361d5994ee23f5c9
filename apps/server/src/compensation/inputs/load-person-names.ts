import { and, eq, inArray } from "drizzle-orm";
import { type Db, people } from "@attain/db";

/** The names of those of `personIds` who are people of the workspace; an id missing from the map is not one. */
export async function loadPersonNames(
  db: Db,
  params: { workspaceId: string; personIds: readonly string[] },
): Promise<Map<string, string>> {
  const wanted = [...new Set(params.personIds)];
  if (wanted.length === 0) return new Map();
  const rows = await db
    .select({ id: people.id, name: people.fullName })
    .from(people)
    .where(and(eq(people.workspaceId, params.workspaceId), inArray(people.id, wanted)));
  return new Map(rows.map((r) => [r.id, r.name]));
}
