import type { SqlSession } from "@attain/db";

/**
 * Copies people's results and lines from an earlier run into a new one, unchanged (their inputs did not change, or
 * they were outside a limited run's scope). Two INSERT … SELECT statements; returns the number of lines copied.
 */
export async function copyPreviousResults(
  sql: SqlSession,
  params: { workspaceId: string; fromRunId: string; toRunId: string; personIds: readonly string[] },
): Promise<number> {
  if (params.personIds.length === 0) return 0;
  const args = [params.workspaceId, params.fromRunId, params.toRunId, params.personIds];
  await sql.query(
    `insert into comp_results (workspace_id, run_id, period_key, person_id, plan_version_id, currency, earned, payable,
       totals, attainment, carry, next_tier, input_fingerprint)
     select workspace_id, $3, period_key, person_id, plan_version_id, currency, earned, payable,
       totals, attainment, carry, next_tier, input_fingerprint
     from comp_results where workspace_id = $1 and run_id = $2 and person_id = any($4::uuid[])`,
    args,
  );
  const [copied] = await sql.query<{ n: number }>(
    `with copied as (
       insert into comp_result_lines (workspace_id, result_id, run_id, person_id, line_no, component, kind, credit_id,
         transaction_id, exact, amount, trace)
       select l.workspace_id, n.id, $3, l.person_id, l.line_no, l.component, l.kind, l.credit_id,
         l.transaction_id, l.exact, l.amount, l.trace
       from comp_result_lines l
       join comp_results n on n.run_id = $3 and n.person_id = l.person_id and n.workspace_id = $1
       where l.run_id = $2 and l.workspace_id = $1 and l.person_id = any($4::uuid[])
       returning 1)
     select count(*)::int as n from copied`,
    args,
  );
  return copied?.n ?? 0;
}
