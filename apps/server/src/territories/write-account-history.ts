import type { SqlSession } from "@attain/db";

export type AccountPlacement = { accountId: string; key: string; name: string; ownerId: string | null };
type OpenRow = {
  id: string;
  account_id: string;
  territory_key: string;
  owner_id: string | null;
  valid_from: string;
};

/**
 * Writes the published placement of every account into account_territory_history: an account without an open row
 * gets one from `effectiveFrom`; one whose territory or owner changes has its open row closed at `effectiveFrom`
 * and a new one opened (a row opened on that very date, by an earlier publication effective the same day, is
 * rewritten instead). Returns the accounts whose territory changed and their previous open row.
 */
export async function writeAccountHistory(
  sql: SqlSession,
  params: {
    workspaceId: string;
    planId: string;
    effectiveFrom: string;
    placements: readonly AccountPlacement[];
  },
): Promise<Map<string, { key: string; ownerId: string | null }>> {
  const { workspaceId, planId, effectiveFrom } = params;
  const open = await sql.query<OpenRow>(
    `select id, account_id, territory_key, owner_id, valid_from from account_territory_history
     where workspace_id = $1 and valid_to is null`,
    [workspaceId],
  );
  const openOf = new Map(open.map((r) => [r.account_id, r]));
  const close: string[] = [];
  const rewrite: string[] = [];
  const insert: AccountPlacement[] = [];
  const previous = new Map<string, { key: string; ownerId: string | null }>();
  for (const p of params.placements) {
    const row = openOf.get(p.accountId);
    if (row && row.territory_key === p.key && row.owner_id === p.ownerId) continue;
    if (row) {
      previous.set(p.accountId, { key: row.territory_key, ownerId: row.owner_id });
      (row.valid_from >= effectiveFrom ? rewrite : close).push(row.id);
    }
    insert.push(p);
  }
  if (close.length > 0)
    await sql.query("update account_territory_history set valid_to = $2 where id = any($1::uuid[])", [
      close,
      effectiveFrom,
    ]);
  if (rewrite.length > 0)
    await sql.query("delete from account_territory_history where id = any($1::uuid[])", [rewrite]);
  for (let i = 0; i < insert.length; i += 5_000) {
    const chunk = insert.slice(i, i + 5_000);
    await sql.query(
      `insert into account_territory_history
         (workspace_id, account_id, plan_id, territory_key, territory_name, owner_id, valid_from)
       select $1, u.account_id, $2, u.key, u.name, u.owner_id, $3
       from unnest($4::uuid[], $5::text[], $6::text[], $7::uuid[]) as u(account_id, key, name, owner_id)`,
      [
        workspaceId,
        planId,
        effectiveFrom,
        chunk.map((p) => p.accountId),
        chunk.map((p) => p.key),
        chunk.map((p) => p.name),
        chunk.map((p) => p.ownerId),
      ],
    );
  }
  return previous;
}
