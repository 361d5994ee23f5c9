import { type SQL, sql } from "drizzle-orm";
import { ApiError } from "../../http/problem";
import { type FactMonths, monthStart, personIn, sumFacts } from "./source-query";
import { drillPage } from "./drill-page";
import type { DrillColumn, MeasureSourceModule } from "./types";

/**
 * Employment measures (people): per person and month, the days employed in the month ÷ the days of the month, summed
 * (a full month is exactly 1, half of a 30-day month 0.5). A day counts when hire_date ≤ day ≤ leave_date (the leave
 * date is the last working day, so inclusive); a person without a hire date is not counted. Each person-month is
 * rounded to 10 decimal places (half away from zero) before summing, so 17 days of a 31-day month is 0.5483870968.
 * The role is the person's current `job_role`.
 */

/** The job roles counted by each measure. */
const roles: Record<string, readonly string[]> = {
  seller_months: ["ae"],
  customer_facing_months: ["ae", "sdr", "se", "csm"],
};

function roleIn(counted: readonly string[]): SQL {
  return sql`e.job_role = any(${`{${counted.join(",")}}`}::text[])`;
}

/** The months of the facts: the range asked, or from the earliest hire to 12 months after the current month. */
function monthSeries(workspaceId: string, months: FactMonths): SQL {
  if (months) {
    return sql`select generate_series(${monthStart(months.from)}::date,
                                      ${monthStart(months.toExclusive)}::date - interval '1 month',
                                      interval '1 month')::date as month`;
  }
  return sql`select generate_series(min(date_trunc('month', hire_date)),
                                    greatest(date_trunc('month', current_date) + interval '12 months',
                                             max(date_trunc('month', hire_date))),
                                    interval '1 month')::date as month
             from people where workspace_id = ${workspaceId} and hire_date is not null`;
}

/** Every role some measure counts. */
const countedRoles = [...new Set(Object.values(roles).flat())];

/**
 * Per counted person of the workspace and month of the series: the share of the month employed (months with at least
 * one day employed only). One row per person and month, so the facts need no grouping.
 */
function employedShares(workspaceId: string, months: FactMonths): SQL {
  return sql`select p.id as person_id, p.full_name, p.job_role, p.hire_date, p.leave_date, s.month,
                    round((least(s.next_month, coalesce(p.leave_date + 1, s.next_month)) - greatest(s.month, p.hire_date))::numeric
                          / (s.next_month - s.month), 10) as share
             from (select m.month, (m.month + interval '1 month')::date as next_month
                   from (${monthSeries(workspaceId, months)}) m) s
             join people p on p.workspace_id = ${workspaceId} and p.hire_date is not null
                          and p.job_role = any(${`{${countedRoles.join(",")}}`}::text[])
                          and p.hire_date < s.next_month and (p.leave_date is null or p.leave_date >= s.month)`;
}

function factsQuery(workspaceId: string, months: FactMonths): SQL {
  const measureRoles = sql.join(
    Object.entries(roles).map(([measure, counted]) => sql`(${sql.raw(`'${measure}'`)}, ${roleIn(counted)})`),
    sql`, `,
  );
  return sql`select v.measure::text as measure, e.month, e.person_id, null::text as segment, null::uuid as product_id,
                    null::text as channel, e.share as value, 1::bigint as row_count
             from (${employedShares(workspaceId, months)}) e
             cross join lateral (values ${measureRoles}) v(measure, counts)
             where v.counts`;
}

const columns: DrillColumn[] = [
  { key: "person", label: "Person", type: "text" },
  { key: "job_role", label: "Role", type: "text" },
  { key: "hire_date", label: "Hired", type: "date" },
  { key: "leave_date", label: "Left", type: "date" },
  { key: "months", label: "Months employed", type: "number" },
];

export const peopleSource: MeasureSourceModule = {
  source: "people",
  additive: Object.keys(roles),
  factsQuery,
  direct: [],
  computeDirect: (db, request, measures) =>
    sumFacts(
      db,
      request,
      measures.filter((m) => m in roles),
      factsQuery,
    ),
  listRows(db, request, measure, page) {
    const counted = roles[measure];
    if (!counted)
      throw new ApiError(404, "Unknown measure", `The people source has no measure "${measure}".`);
    const months = { from: request.fromDay, toExclusive: request.toDayExclusive };
    return drillPage(
      db,
      sql`select e.full_name || e.person_id as sort_id, min(e.hire_date) as sort_key, sum(e.share) as measure_value,
                       e.full_name as person, e.job_role, to_char(min(e.hire_date), 'YYYY-MM-DD') as hire_date,
                       to_char(min(e.leave_date), 'YYYY-MM-DD') as leave_date, sum(e.share)::text as months
                from (${employedShares(request.workspaceId, months)}) e
                where ${roleIn(counted)}
                  and ${personIn(sql`e.person_id`, request.personIds)}
                group by e.person_id, e.full_name, e.job_role`,
      columns,
      page,
    );
  },
};
