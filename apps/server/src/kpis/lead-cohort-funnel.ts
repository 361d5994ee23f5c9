import { type Db, selectRows } from "@attain/db";
import { sql } from "drizzle-orm";
import { requestFilters } from "./measure-sources/request-filters";
import type { MeasureRequest } from "./measure-sources";

export type CohortStep = { key: string; count: number; medianDays: string | null };

/**
 * The leads created in the period (the lead's SDR, else its owner, in scope; `channel` = its source) and how many of
 * them reached MQL, SQL, conversion and a won deal since (closed by today, as `leads_won`), with the median days
 * from the step before.
 */
export async function leadCohortFunnel(db: Db, request: MeasureRequest): Promise<CohortStep[]> {
  const [row] = await selectRows<Record<string, string | null>>(
    db,
    sql`with cohort as (
          select l.created_on, l.mql_on, l.sql_on, l.converted_on, o.status as deal_status, o.close_date
          from leads l
          -- The lead's own deal, as the leads_won measure reads it (an OR with the deal's lead_id made this a nested
          -- loop over every deal per lead: 9.5 s for a quarter of the scale-1 demo).
          left join opportunities o on o.workspace_id = l.workspace_id and o.id = l.opportunity_id
            and o.close_date <= ${request.today}::date
          where l.workspace_id = ${request.workspaceId}
            and l.created_on >= ${request.fromDay}::date and l.created_on < ${request.toDayExclusive}::date
            ${requestFilters(request, { person: sql`coalesce(l.sdr_id, l.owner_id)`, channel: sql`l.source` })}
        )
        select count(*)::text as created,
          count(mql_on)::text as mql, count(sql_on)::text as sql, count(converted_on)::text as converted,
          count(*) filter (where deal_status = 'won')::text as won,
          (percentile_cont(0.5) within group (order by mql_on - created_on))::numeric(10, 1)::text as mql_days,
          (percentile_cont(0.5) within group (order by sql_on - coalesce(mql_on, created_on)))::numeric(10, 1)::text as sql_days,
          (percentile_cont(0.5) within group (order by converted_on - coalesce(sql_on, mql_on, created_on)))::numeric(10, 1)::text as converted_days,
          (percentile_cont(0.5) within group (order by close_date - converted_on) filter (where deal_status = 'won'))::numeric(10, 1)::text as won_days
        from cohort`,
  );
  return [
    { key: "leads_created", count: Number(row?.created ?? 0), medianDays: null },
    { key: "mqls", count: Number(row?.mql ?? 0), medianDays: row?.mql_days ?? null },
    { key: "sqls", count: Number(row?.sql ?? 0), medianDays: row?.sql_days ?? null },
    { key: "leads_converted", count: Number(row?.converted ?? 0), medianDays: row?.converted_days ?? null },
    { key: "leads_won", count: Number(row?.won ?? 0), medianDays: row?.won_days ?? null },
  ];
}
