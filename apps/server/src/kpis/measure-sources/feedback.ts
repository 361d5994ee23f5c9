import { type SQL, sql } from "drizzle-orm";
import { ApiError } from "../../http/problem";
import { type FactMonths, inMonths, inPeriod, personIn, sumFacts } from "./source-query";
import { drillPage } from "./drill-page";
import type { DrillColumn, MeasureRequest, MeasureSourceModule } from "./types";

/**
 * Feedback measures (feedback_entries), by the entry's person and the month it was received: complaints, customer
 * feedback and its 1–5 ratings, reps' feedback on leads and on the process, and the negative part of that.
 */

/** Which entries each measure counts, and what one adds (1, or its rating for the sum of ratings). */
const measures: Record<string, { where: SQL; adds: SQL }> = {
  complaints: { where: sql`f.kind = 'complaint'`, adds: sql`1` },
  customer_feedback: { where: sql`f.kind = 'customer_feedback'`, adds: sql`1` },
  rating_total: { where: sql`f.kind = 'customer_feedback' and f.rating is not null`, adds: sql`f.rating` },
  rating_count: { where: sql`f.kind = 'customer_feedback' and f.rating is not null`, adds: sql`1` },
  lead_feedback: { where: sql`f.kind in ('lead_feedback', 'process_feedback')`, adds: sql`1` },
  negative_lead_feedback: {
    where: sql`f.kind in ('lead_feedback', 'process_feedback') and f.sentiment = 'negative'`,
    adds: sql`1`,
  },
};

function factsQuery(workspaceId: string, months: FactMonths): SQL {
  const values = sql.join(
    Object.entries(measures).map(
      ([key, m]) =>
        sql`(${sql.raw(`'${key}'`)}, (${m.where}), case when ${m.where} then ${m.adds} else 0 end)`,
    ),
    sql`, `,
  );
  return sql`select v.measure::text as measure, date_trunc('month', f.received_on)::date as month, f.person_id,
                    null::text as segment, null::uuid as product_id, null::text as channel,
                    sum(v.adds)::numeric as value, count(*)::bigint as row_count
             from feedback_entries f
             cross join lateral (values ${values}) v(measure, counts, adds)
             where f.workspace_id = ${workspaceId} and v.counts and ${inMonths(sql`f.received_on`, months)}
             group by v.measure, date_trunc('month', f.received_on), f.person_id`;
}

function entriesOf(request: MeasureRequest, measure: string): { where: SQL; adds: SQL } {
  const counted = measures[measure];
  if (!counted)
    throw new ApiError(404, "Unknown measure", `The feedback source has no measure "${measure}".`);
  return {
    where: sql`f.workspace_id = ${request.workspaceId} and ${inPeriod(sql`f.received_on`, request)}
               and ${personIn(sql`f.person_id`, request.personIds)} and ${counted.where}`,
    adds: counted.adds,
  };
}

const columns: DrillColumn[] = [
  { key: "received_on", label: "Received", type: "date" },
  { key: "kind", label: "Kind", type: "text" },
  { key: "person", label: "Person", type: "text" },
  { key: "account", label: "Account", type: "text" },
  { key: "subject", label: "Subject", type: "text" },
  { key: "category", label: "Category", type: "text" },
  { key: "sentiment", label: "Sentiment", type: "text" },
  { key: "rating", label: "Rating", type: "number" },
  { key: "status", label: "Status", type: "text" },
  { key: "link", label: "Open the deal", type: "link" },
];

export const feedbackSource: MeasureSourceModule = {
  source: "feedback_entries",
  additive: Object.keys(measures),
  factsQuery,
  direct: [],
  computeDirect: (db, request, asked) =>
    sumFacts(
      db,
      request,
      asked.filter((m) => m in measures),
      factsQuery,
    ),
  listRows(db, request, measure, page) {
    const entries = entriesOf(request, measure);
    return drillPage(
      db,
      sql`select f.id as sort_id, f.received_on as sort_key, ${entries.adds} as measure_value,
                       to_char(f.received_on, 'YYYY-MM-DD') as received_on, f.kind, p.full_name as person,
                       a.name as account, f.subject, f.category, f.sentiment, f.rating, f.status,
                       case when f.opportunity_id is not null then '/pipeline/deals/' || f.opportunity_id end as link
                from feedback_entries f
                left join people p on p.id = f.person_id and p.workspace_id = f.workspace_id
                left join accounts a on a.id = f.account_id and a.workspace_id = f.workspace_id
                where ${entries.where}`,
      columns,
      page,
    );
  },
};
