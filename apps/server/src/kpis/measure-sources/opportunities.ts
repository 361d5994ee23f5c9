import { type SQL, sql } from "drizzle-orm";
import { ApiError } from "../../http/problem";
import { convertedOpportunities } from "./converted-opportunities";
import { drillPage } from "./drill-page";
import { requestFilters } from "./request-filters";
import type { MeasureRequest, MeasureSourceModule } from "./types";

/** Each deal measure: the month it falls in (close or creation), the deals it reads, and a deal's share of it. */
const dealMeasures: Record<string, { on: "close_date" | "created_on"; where: SQL; value: SQL }> = {
  deals_won: { on: "close_date", where: sql`d.status = 'won'`, value: sql`1` },
  deals_lost: { on: "close_date", where: sql`d.status = 'lost'`, value: sql`1` },
  won_amount: {
    on: "close_date",
    where: sql`d.status = 'won' and d.amount is not null`,
    value: sql`d.amount`,
  },
  won_cycle_days: {
    on: "close_date",
    where: sql`d.status = 'won' and d.created_on is not null`,
    value: sql`(d.close_date - d.created_on)`,
  },
  open_pipeline: {
    on: "close_date",
    where: sql`d.status = 'open' and d.amount is not null`,
    value: sql`d.amount`,
  },
  opportunities_created: { on: "created_on", where: sql`true`, value: sql`1` },
};

const split = sql`person_id, segment, product_id`;

/** Won, lost, open and created deals, all pre-aggregated by the month of their close (or creation) date. */
export const opportunitiesSource: MeasureSourceModule = {
  source: "opportunities",
  additive: Object.keys(dealMeasures),
  factsQuery(workspaceId, months) {
    const inWindow = (column: string) =>
      months
        ? sql`o.${sql.raw(column)} >= ${months.from}::date and o.${sql.raw(column)} < ${months.toExclusive}::date`
        : sql`o.${sql.raw(column)} is not null`;
    const deals = convertedOpportunities(
      workspaceId,
      sql`and (${inWindow("close_date")} or ${inWindow("created_on")})`,
    );
    const window = (column: string) =>
      months
        ? sql`d.${sql.raw(column)} >= ${months.from}::date and d.${sql.raw(column)} < ${months.toExclusive}::date`
        : sql`d.${sql.raw(column)} is not null`;
    const parts = Object.entries(dealMeasures).map(
      ([measure, m]) =>
        sql`select ${measure}::text as measure, date_trunc('month', d.${sql.raw(m.on)})::date as month, ${split},
            null::text as channel, coalesce(sum(${m.value}), 0) as value, count(*) as row_count
          from deals d where ${m.where} and ${window(m.on)} group by 2, ${split}`,
    );
    return sql`with deals as (${deals}) ${sql.join(parts, sql` union all `)}`;
  },
  direct: [],
  computeDirect: async () => ({}),
  async listRows(db, request, measure, page) {
    const m = dealMeasures[measure];
    if (!m) throw new ApiError(422, "Unknown measure", `The deals have no measure ${measure}.`);
    const rows = sql`select d.name, a.name as account, pe.full_name as owner, d.stage, d.status,
        d.created_on::text as "createdOn", d.close_date::text as "closeDate", d.original_amount::text as amount,
        d.currency, (${m.value})::text as value, ${m.value} as measure_value,
        d.${sql.raw(m.on)} as sort_key, d.id as sort_id
      from (${periodDeals(request, m.on)}) d
      left join accounts a on a.id = d.account_id
      left join people pe on pe.id = d.person_id
      where ${m.where}`;
    return drillPage(
      db,
      rows,
      [
        { key: "name", label: "Deal", type: "text" },
        { key: "account", label: "Account", type: "text" },
        { key: "owner", label: "Owner", type: "text" },
        { key: "stage", label: "Stage", type: "text" },
        { key: "status", label: "Status", type: "text" },
        { key: "createdOn", label: "Created", type: "date" },
        { key: "closeDate", label: "Close date", type: "date" },
        { key: "amount", label: "Amount", type: "currency" },
        { key: "currency", label: "Currency", type: "text" },
        { key: "value", label: "Value", type: "number" },
      ],
      page,
    );
  },
};

/** The request's deals whose `on` date falls in the period, in scope, with its segment and product filters. */
export function periodDeals(request: MeasureRequest, on: "close_date" | "created_on"): SQL {
  const column = sql.raw(`o.${on}`);
  const deals = convertedOpportunities(
    request.workspaceId,
    sql`and ${column} >= ${request.fromDay}::date and ${column} < ${request.toDayExclusive}::date`,
  );
  return sql`select * from (${deals}) q where true ${requestFilters(request, {
    person: sql`q.person_id`,
    segment: sql`q.segment`,
    product: sql`q.product_id`,
  })}`;
}
