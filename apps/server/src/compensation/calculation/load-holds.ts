import type { SqlSession } from "@attain/db";

/**
 * Holds not released: held people, and held transactions (order lines). A hold stops payment from whenever it is
 * placed until it is released, so it applies to any period calculated meanwhile, earlier ones included.
 */
export async function loadHolds(
  sql: SqlSession,
  params: { workspaceId: string },
): Promise<{ people: Set<string>; transactions: Set<string> }> {
  const rows = await sql.query<{ person_id: string | null; transaction_id: string | null }>(
    `select person_id, transaction_id from comp_holds
     where workspace_id = $1 and released_at is null`,
    [params.workspaceId],
  );
  const people = new Set<string>();
  const transactions = new Set<string>();
  for (const r of rows) {
    if (r.transaction_id) transactions.add(r.transaction_id);
    else if (r.person_id) people.add(r.person_id);
  }
  return { people, transactions };
}
