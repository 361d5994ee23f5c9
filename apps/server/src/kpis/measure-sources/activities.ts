import { type SQL, sql } from "drizzle-orm";
import { ApiError } from "../../http/problem";
import { type FactMonths, monthStart, personIn, sumFacts } from "./source-query";
import { drillPage } from "./drill-page";
import type { DrillColumn, MeasureRequest, MeasureSourceModule } from "./types";

/**
 * Activity measures (activities): calls, emails, meetings and the emails opened and replied to, by the performer
 * (`person_id`) and the month of `occurred_at` in UTC. The facts read the table once, grouped by person and month
 * (the `activities_person_time` index serves a person's scope; a full rebuild scans the table).
 */

/** What puts an activity in each measure. */
const conditions: Record<string, SQL> = {
  calls: sql`a.kind = 'call'`,
  emails: sql`a.kind = 'email'`,
  meetings: sql`a.kind = 'meeting'`,
  emails_opened: sql`a.kind = 'email' and a.email_opened`,
  emails_replied: sql`a.kind = 'email' and a.email_replied`,
};

/** Midnight UTC of a day, as a timestamptz, so the bounds do not depend on the session's time zone. */
function utcMidnight(day: string): SQL {
  return sql`(${day}::date::timestamp at time zone 'UTC')`;
}

function occurredIn(from: string, toExclusive: string): SQL {
  return sql`a.occurred_at >= ${utcMidnight(from)} and a.occurred_at < ${utcMidnight(toExclusive)}`;
}

function factsQuery(workspaceId: string, months: FactMonths): SQL {
  const range = months
    ? sql`and ${occurredIn(monthStart(months.from), monthStart(months.toExclusive))}`
    : sql``;
  return sql`select v.measure::text as measure, m.month, m.person_id, null::text as segment, null::uuid as product_id,
                    null::text as channel, v.n::numeric as value, v.n::bigint as row_count
             from (select a.person_id, date_trunc('month', a.occurred_at at time zone 'UTC')::date as month,
                          count(*) filter (where ${conditions.calls}) as calls,
                          count(*) filter (where ${conditions.emails}) as emails,
                          count(*) filter (where ${conditions.meetings}) as meetings,
                          count(*) filter (where ${conditions.emails_opened}) as emails_opened,
                          count(*) filter (where ${conditions.emails_replied}) as emails_replied
                   from activities a
                   where a.workspace_id = ${workspaceId} ${range}
                   group by a.person_id, date_trunc('month', a.occurred_at at time zone 'UTC')) m
             cross join lateral (values ('calls', m.calls), ('emails', m.emails), ('meetings', m.meetings),
                                        ('emails_opened', m.emails_opened), ('emails_replied', m.emails_replied)) v(measure, n)
             where v.n > 0`;
}

function activitiesOf(request: MeasureRequest, measure: string): SQL {
  const condition = conditions[measure];
  if (!condition)
    throw new ApiError(404, "Unknown measure", `The activities source has no measure "${measure}".`);
  return sql`a.workspace_id = ${request.workspaceId} and ${occurredIn(request.fromDay, request.toDayExclusive)}
             and ${personIn(sql`a.person_id`, request.personIds)} and ${condition}`;
}

const columns: DrillColumn[] = [
  { key: "occurred_at", label: "When (UTC)", type: "text" },
  { key: "kind", label: "Kind", type: "text" },
  { key: "person", label: "Performed by", type: "text" },
  { key: "account", label: "Account", type: "text" },
  { key: "deal", label: "Deal", type: "text" },
  { key: "duration_minutes", label: "Minutes", type: "number" },
  { key: "outcome", label: "Outcome", type: "text" },
  { key: "link", label: "Open the deal", type: "link" },
];

export const activitiesSource: MeasureSourceModule = {
  source: "activities",
  additive: Object.keys(conditions),
  factsQuery,
  direct: [],
  computeDirect: (db, request, measures) =>
    sumFacts(
      db,
      request,
      measures.filter((m) => m in conditions),
      factsQuery,
    ),
  listRows(db, request, measure, page) {
    return drillPage(
      db,
      sql`select a.id as sort_id, a.occurred_at as sort_key, 1 as measure_value,
                       to_char(a.occurred_at at time zone 'UTC', 'YYYY-MM-DD HH24:MI') as occurred_at, a.kind,
                       p.full_name as person, ac.name as account, o.name as deal, a.duration_minutes, a.outcome,
                       case when a.opportunity_id is not null then '/pipeline/deals/' || a.opportunity_id end as link
                from activities a
                left join people p on p.id = a.person_id and p.workspace_id = a.workspace_id
                left join accounts ac on ac.id = a.account_id and ac.workspace_id = a.workspace_id
                left join opportunities o on o.id = a.opportunity_id and o.workspace_id = a.workspace_id
                where ${activitiesOf(request, measure)}`,
      columns,
      page,
    );
  },
};
