import { selectRows } from "@attain/db";
import { type SQL, sql } from "drizzle-orm";
import { ApiError } from "../../http/problem";
import { channelIs, type FactMonths, inMonths, inPeriod, personIn, sumFacts } from "./source-query";
import { drillPage } from "./drill-page";
import type { DrillColumn, MeasureRequest, MeasureSourceModule } from "./types";

/**
 * Lead measures (leads). A lead is credited to its SDR, else its owner; its channel is its `source`. The four funnel
 * counts are additive facts by the month of their own date; `leads_won` is a cohort (of the leads created in the
 * period, those whose deal is won as of today), so it is computed per request.
 */

/** The date that puts a lead in each additive measure. */
const datedMeasures: Record<string, string> = {
  leads_created: "created_on",
  mqls: "mql_on",
  sqls: "sql_on",
  leads_converted: "converted_on",
};

const credited = sql`coalesce(l.sdr_id, l.owner_id)`;

function factsQuery(workspaceId: string, months: FactMonths): SQL {
  return sql`select v.measure::text as measure, date_trunc('month', v.day)::date as month, ${credited} as person_id,
                    null::text as segment, null::uuid as product_id, l.source as channel,
                    count(*)::numeric as value, count(*)::bigint as row_count
             from leads l
             cross join lateral (values ('leads_created', l.created_on), ('mqls', l.mql_on), ('sqls', l.sql_on),
                                        ('leads_converted', l.converted_on)) v(measure, day)
             where l.workspace_id = ${workspaceId} and v.day is not null and ${inMonths(sql`v.day`, months)}
             group by v.measure, date_trunc('month', v.day), ${credited}, l.source`;
}

/** The deal of the lead is won, with its close date on or before today. */
function wonAsOf(today: string): SQL {
  return sql`exists (select 1 from opportunities o
                     where o.id = l.opportunity_id and o.workspace_id = l.workspace_id and o.status = 'won'
                       and (o.close_date is null or o.close_date <= ${today}::date))`;
}

/** The leads behind a measure for the request: its date in the period (created_on for the cohort), scoped, filtered. */
function leadsOf(request: MeasureRequest, measure: string): SQL {
  const column = measure === "leads_won" ? "created_on" : datedMeasures[measure];
  if (!column) throw new ApiError(404, "Unknown measure", `The leads source has no measure "${measure}".`);
  const day = sql.raw(`l.${column}`);
  return sql`l.workspace_id = ${request.workspaceId} and ${inPeriod(day, request)}
             and ${personIn(credited, request.personIds)} and ${channelIs(sql`l.source`, request.channel)}
             ${measure === "leads_won" ? sql`and ${wonAsOf(request.today)}` : sql``}`;
}

const columns: DrillColumn[] = [
  { key: "company", label: "Company", type: "text" },
  { key: "channel", label: "Channel", type: "text" },
  { key: "person", label: "SDR or owner", type: "text" },
  { key: "status", label: "Status", type: "text" },
  { key: "created_on", label: "Created", type: "date" },
  { key: "mql_on", label: "MQL", type: "date" },
  { key: "sql_on", label: "SQL", type: "date" },
  { key: "converted_on", label: "Converted", type: "date" },
  { key: "link", label: "Deal", type: "link" },
];

export const leadsSource: MeasureSourceModule = {
  source: "leads",
  additive: Object.keys(datedMeasures),
  factsQuery,
  direct: ["leads_won"],
  async computeDirect(db, request, measures) {
    const values = await sumFacts(
      db,
      request,
      measures.filter((m) => m in datedMeasures),
      factsQuery,
    );
    if (measures.includes("leads_won")) {
      const [row] = await selectRows<{ n: string }>(
        db,
        sql`select count(*)::text as n from leads l where ${leadsOf(request, "leads_won")}`,
      );
      values.leads_won = row?.n ?? "0";
    }
    return values;
  },
  listRows(db, request, measure, page) {
    const order = measure === "leads_won" ? "created_on" : (datedMeasures[measure] ?? "created_on");
    return drillPage(
      db,
      sql`select l.id as sort_id, ${sql.raw(`l.${order}`)} as sort_key, 1 as measure_value,
                       coalesce(l.company_name, l.external_id) as company, l.source as channel, p.full_name as person,
                       l.status, to_char(l.created_on, 'YYYY-MM-DD') as created_on,
                       to_char(l.mql_on, 'YYYY-MM-DD') as mql_on, to_char(l.sql_on, 'YYYY-MM-DD') as sql_on,
                       to_char(l.converted_on, 'YYYY-MM-DD') as converted_on,
                       case when l.opportunity_id is not null then '/pipeline/deals/' || l.opportunity_id end as link
                from leads l
                left join people p on p.id = ${credited} and p.workspace_id = l.workspace_id
                where ${leadsOf(request, measure)}`,
      columns,
      page,
    );
  },
};
