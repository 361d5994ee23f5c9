import { type SQL, sql } from "drizzle-orm";
import { ApiError } from "../../http/problem";
import { type FactMonths, inMonths, inPeriod, personIn, sumFacts } from "./source-query";
import { drillPage } from "./drill-page";
import type { DrillColumn, MeasureRequest, MeasureSourceModule } from "./types";

/**
 * Evaluation measures (evaluations): submitted evaluations only, by the rep evaluated and the month of period_start.
 * A score is normalised on its template's scale, (score − min) ÷ (max − min); an evaluation's overall score is the
 * template-weighted average of the criteria it scored, Σ weight × normalised ÷ Σ weight, rounded to 12 decimal places
 * (half away from zero) before summing. `evaluation_score_total` / `_count` sum and count the overall scores (1 per
 * evaluation); the family members `.<criterion>` those of one criterion (1 per evaluation that scored it).
 */

const families = ["evaluation_score_total", "evaluation_score_count"] as const;

/** One row per submitted evaluation and criterion it scored, with the normalised score and the criterion's weight. */
function scoredCriteria(workspaceId: string, where: SQL): SQL {
  return sql`select e.id as evaluation_id, e.person_id, e.period_key, e.period_start, e.submitted_at, t.name as template,
                    c.key as criterion, c.weight::numeric as weight,
                    ((e.scores ->> c.key)::numeric - (t.scale ->> 'min')::numeric)
                      / nullif((t.scale ->> 'max')::numeric - (t.scale ->> 'min')::numeric, 0) as normalised
             from evaluations e
             join evaluation_templates t on t.id = e.template_id and t.workspace_id = e.workspace_id
             cross join lateral jsonb_to_recordset(t.criteria) as c(key text, weight text)
             where e.workspace_id = ${workspaceId} and e.status = 'submitted' and (e.scores ->> c.key) is not null
               and ${where}`;
}

/** One row per submitted evaluation with its weighted overall score (null when the weights sum to zero). */
function overallScores(workspaceId: string, where: SQL): SQL {
  return sql`select s.evaluation_id, s.person_id, s.period_key, s.period_start, s.submitted_at, s.template,
                    round(sum(s.weight * s.normalised) / nullif(sum(s.weight), 0), 12) as score
             from (${scoredCriteria(workspaceId, where)}) s
             group by s.evaluation_id, s.person_id, s.period_key, s.period_start, s.submitted_at, s.template`;
}

function factsQuery(workspaceId: string, months: FactMonths): SQL {
  const where = inMonths(sql`e.period_start`, months);
  const month = sql`date_trunc('month', period_start)::date`;
  return sql`with overall as (${overallScores(workspaceId, where)}),
                  criteria as (${scoredCriteria(workspaceId, where)})
             select 'evaluation_score_total'::text as measure, ${month} as month, person_id, null::text as segment,
                    null::uuid as product_id, null::text as channel, sum(score) as value, count(*)::bigint as row_count
             from overall where score is not null group by ${month}, person_id
             union all
             select 'evaluation_score_count', ${month}, person_id, null, null, null, count(*)::numeric, count(*)
             from overall where score is not null group by ${month}, person_id
             union all
             select 'evaluation_score_total.' || criterion, ${month}, person_id, null, null, null,
                    sum(round(normalised, 12)), count(*)
             from criteria where normalised is not null group by criterion, ${month}, person_id
             union all
             select 'evaluation_score_count.' || criterion, ${month}, person_id, null, null, null, count(*)::numeric, count(*)
             from criteria where normalised is not null group by criterion, ${month}, person_id`;
}

/** The scored evaluations behind a measure, with `score` (the overall or the criterion's) and what a row adds. */
function evaluationsOf(request: MeasureRequest, measure: string): SQL {
  const [family, criterion] = measure.split(".");
  if (!families.includes(family as (typeof families)[number]) || measure.split(".").length > 2) {
    throw new ApiError(404, "Unknown measure", `The evaluations source has no measure "${measure}".`);
  }
  const where = sql`${inPeriod(sql`e.period_start`, request)} and ${personIn(sql`e.person_id`, request.personIds)}`;
  const scored = criterion
    ? sql`select s.evaluation_id, s.person_id, s.period_key, s.period_start, s.submitted_at, s.template,
                 round(s.normalised, 12) as score
          from (${scoredCriteria(request.workspaceId, where)}) s where s.criterion = ${criterion}`
    : overallScores(request.workspaceId, where);
  const adds = family === "evaluation_score_total" ? sql`r.score` : sql`1`;
  return sql`select r.evaluation_id as sort_id, r.period_start as sort_key, ${adds} as measure_value,
                    r.period_key, to_char(r.period_start, 'YYYY-MM-DD') as period_start, p.full_name as person,
                    r.template, r.score::text as score, to_char(r.submitted_at at time zone 'UTC', 'YYYY-MM-DD') as submitted_on,
                    '/evaluations?personId=' || r.person_id || '&periodKey=' || r.period_key as link
             from (${scored}) r
             left join people p on p.id = r.person_id and p.workspace_id = ${request.workspaceId}
             where r.score is not null`;
}

const columns: DrillColumn[] = [
  { key: "period_key", label: "Period", type: "text" },
  { key: "period_start", label: "Period start", type: "date" },
  { key: "person", label: "Person evaluated", type: "text" },
  { key: "template", label: "Template", type: "text" },
  { key: "score", label: "Score (0–1)", type: "number" },
  { key: "submitted_on", label: "Submitted", type: "date" },
  { key: "link", label: "Open the evaluations", type: "link" },
];

export const evaluationsSource: MeasureSourceModule = {
  source: "evaluations",
  additive: families,
  factsQuery,
  direct: [],
  computeDirect: (db, request, measures) =>
    sumFacts(
      db,
      request,
      measures.filter((m) => families.includes(m.split(".")[0] as (typeof families)[number])),
      factsQuery,
    ),
  listRows: (db, request, measure, page) => drillPage(db, evaluationsOf(request, measure), columns, page),
};
