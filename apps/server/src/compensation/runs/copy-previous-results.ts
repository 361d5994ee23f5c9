import type { SqlSession } from "@attain/db";

/**
 * Copies people's results from an earlier run into a new one, unchanged (their inputs did not change, or they were
 * outside a limited run's scope). One INSERT … SELECT of the small result rows: a copy points at the same line set
 * (line sets are never changed), so no line is rewritten. Returns the number of lines the copies carry.
 */
export async function copyPreviousResults(
  sql: SqlSession,
  params: { workspaceId: string; fromRunId: string; toRunId: string; personIds: readonly string[] },
): Promise<number> {
  if (params.personIds.length === 0) return 0;
  const [copied] = await sql.query<{ n: number }>(
    `with copied as (
       insert into comp_results (workspace_id, run_id, period_key, person_id, plan_version_id, currency, earned,
         payable, totals, attainment, carry, next_tier, input_fingerprint, line_set_id, line_count, line_totals)
       select workspace_id, $3, period_key, person_id, plan_version_id, currency, earned, payable,
         totals, attainment, carry, next_tier, input_fingerprint, line_set_id, line_count, line_totals
       from comp_results where workspace_id = $1 and run_id = $2 and person_id = any($4::uuid[])
       returning line_count)
     select coalesce(sum(line_count), 0)::int as n from copied`,
    [params.workspaceId, params.fromRunId, params.toRunId, params.personIds],
  );
  return copied?.n ?? 0;
}
