import type { SqlSession } from "@attain/db";

type Span = { key: string; from: string; to: string | null };

/**
 * A lookup of each account's published territory key on a date (account_territory_history: `validFrom` inclusive,
 * `validTo` exclusive), for transactions to carry; null before any publication or without an account.
 */
export async function loadAccountTerritoryKeys(
  sql: SqlSession,
  workspaceId: string,
): Promise<(accountId: string | null, date: string) => string | null> {
  const rows = await sql.query<{
    account_id: string;
    territory_key: string;
    valid_from: string;
    valid_to: string | null;
  }>(
    `select account_id, territory_key, valid_from, valid_to from account_territory_history
     where workspace_id = $1 order by account_id, valid_from`,
    [workspaceId],
  );
  const spans = new Map<string, Span[]>();
  for (const r of rows) {
    const list = spans.get(r.account_id) ?? [];
    list.push({ key: r.territory_key, from: r.valid_from, to: r.valid_to });
    spans.set(r.account_id, list);
  }
  return (accountId, date) => {
    if (accountId === null) return null;
    // An account has one span per publication that moved it: a short scan from the latest is enough.
    const list = spans.get(accountId);
    if (!list) return null;
    for (let i = list.length - 1; i >= 0; i -= 1) {
      const span = list[i]!;
      if (span.from <= date) return span.to === null || date < span.to ? span.key : null;
    }
    return null;
  };
}
