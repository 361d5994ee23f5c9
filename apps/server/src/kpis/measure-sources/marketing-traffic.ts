import { type SQL, sql } from "drizzle-orm";
import { ApiError } from "../../http/problem";
import { channelIs, type FactMonths, inMonths, inPeriod, sumFacts } from "./source-query";
import { drillPage } from "./drill-page";
import type { DrillColumn, MeasureSourceModule } from "./types";

/**
 * Website traffic measures (marketing_traffic_daily): visitors and the visitors who became contacts, per day and
 * channel. Workspace-wide: the facts have no person (the KPI core answers "not applicable" for a person's scope).
 */

/** The traffic column behind each measure. */
const counted: Record<string, string> = { visitors: "visitors", new_contacts: "contacts" };

function factsQuery(workspaceId: string, months: FactMonths): SQL {
  return sql`select v.measure::text as measure, date_trunc('month', t.day)::date as month, null::uuid as person_id,
                    null::text as segment, null::uuid as product_id, t.channel,
                    sum(v.value)::numeric as value, count(*)::bigint as row_count
             from marketing_traffic_daily t
             cross join lateral (values ('visitors', t.visitors), ('new_contacts', t.contacts)) v(measure, value)
             where t.workspace_id = ${workspaceId} and ${inMonths(sql`t.day`, months)}
             group by v.measure, date_trunc('month', t.day), t.channel`;
}

const columns: DrillColumn[] = [
  { key: "day", label: "Day", type: "date" },
  { key: "channel", label: "Channel", type: "text" },
  { key: "visitors", label: "Visitors", type: "number" },
  { key: "sessions", label: "Sessions", type: "number" },
  { key: "contacts", label: "New contacts", type: "number" },
];

export const marketingTrafficSource: MeasureSourceModule = {
  source: "marketing_traffic_daily",
  additive: Object.keys(counted),
  factsQuery,
  direct: [],
  computeDirect: (db, request, measures) =>
    sumFacts(
      db,
      request,
      measures.filter((m) => m in counted),
      factsQuery,
    ),
  listRows(db, request, measure, page) {
    const column = counted[measure];
    if (!column)
      throw new ApiError(404, "Unknown measure", `The traffic source has no measure "${measure}".`);
    return drillPage(
      db,
      sql`select t.day::text || t.channel as sort_id, t.day as sort_key, ${sql.raw(`t.${column}`)} as measure_value,
                       to_char(t.day, 'YYYY-MM-DD') as day, t.channel, t.visitors, t.sessions, t.contacts
                from marketing_traffic_daily t
                where t.workspace_id = ${request.workspaceId} and ${inPeriod(sql`t.day`, request)}
                  and ${channelIs(sql`t.channel`, request.channel)}`,
      columns,
      page,
    );
  },
};
