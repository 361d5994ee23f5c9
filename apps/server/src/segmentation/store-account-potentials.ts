import type { SqlSession } from "@attain/db";
import type { PotentialEstimate } from "@attain/engine";

/** Rows per statement: one JSON parameter each (100,000 accounts: five round trips). */
const CHUNK = 20_000;

/** Writes a model's estimates set-based (`jsonb_to_recordset`), inside the caller's transaction. */
export async function storeAccountPotentials(
  sql: SqlSession,
  params: { workspaceId: string; modelId: string; estimates: readonly PotentialEstimate[] },
): Promise<void> {
  const { workspaceId, modelId, estimates } = params;
  for (let at = 0; at < estimates.length; at += CHUNK) {
    const rows = estimates.slice(at, at + CHUNK).map((e) => ({
      account_id: e.accountId,
      potential: e.potential,
      predicted: e.predicted,
      actual: e.actual,
      basis: e.basis,
      trace: e.trace,
    }));
    await sql.query(
      `insert into account_potentials (workspace_id, model_id, account_id, potential, predicted, actual, basis, trace)
       select $1, $2, r.account_id, r.potential::numeric, r.predicted::numeric, r.actual::numeric, r.basis, r.trace
       from jsonb_to_recordset($3::jsonb)
         as r(account_id uuid, potential text, predicted text, actual text, basis text, trace jsonb)`,
      [workspaceId, modelId, JSON.stringify(rows)],
    );
  }
}
