import type { SqlSession } from "@attain/db";

/** MBO scores of the period: person → component → objective → score. */
export async function loadMboScores(
  sql: SqlSession,
  params: { workspaceId: string; periodKey: string },
): Promise<Map<string, Record<string, Record<string, string>>>> {
  const rows = await sql.query<{ person_id: string; component: string; objective: string; score: string }>(
    `select person_id, component, objective, score::text as score from comp_mbo_scores
     where workspace_id = $1 and period_key = $2 order by person_id, component, objective`,
    [params.workspaceId, params.periodKey],
  );
  const scores = new Map<string, Record<string, Record<string, string>>>();
  for (const r of rows) {
    const person = scores.get(r.person_id) ?? {};
    person[r.component] = { ...person[r.component], [r.objective]: r.score };
    scores.set(r.person_id, person);
  }
  return scores;
}
