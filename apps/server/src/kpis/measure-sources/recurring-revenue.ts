import { addDays } from "@attain/engine";
import { type SQL, sql } from "drizzle-orm";
import { latestSegmentJoin, rateOf, requestFilters } from "./request-filters";
import type { MeasureRequest } from "./types";

export const recurringMeasures = [
  "arr_start",
  "arr_end",
  "customers_start",
  "customers_end",
  "retained_customers",
  "retained_arr",
  "lost_arr",
] as const;

/** The two days ARR is read on: the period's first and last day, neither after the request's day. */
export function arrDays(request: MeasureRequest): { start: string; end: string } {
  const last = addDays(request.toDayExclusive, -1);
  const cap = (day: string) => (day > request.today ? request.today : day);
  return { start: cap(request.fromDay), end: cap(last) };
}

/**
 * Per account: ARR on the start and end days. A line of a recurring product with a service period (both ends
 * inclusive, as order lines store them) counts its annualised amount, converted at the booking month's rate and
 * rounded to the cent, then × 365 ÷ the service days, rounded to the cent, on every day of service. Cancellations carry
 * the service period of the line they reverse, so they net it down. The owner, segment and product filters apply.
 */
export function arrByAccount(request: MeasureRequest, days: { start: string; end: string }): SQL {
  const ws = request.workspaceId;
  const fx = rateOf(ws, sql`ol.currency`, sql`ol.booking_date`);
  const filters = requestFilters(request, {
    person: sql`ol.owner_id`,
    segment: sql`seg.segment`,
    product: sql`ol.product_id`,
  });
  return sql`select l.account_id,
      coalesce(sum(l.annual) filter (where l.service_start <= ${days.start}::date and l.service_end >= ${days.start}::date), 0) as arr_start,
      coalesce(sum(l.annual) filter (where l.service_start <= ${days.end}::date and l.service_end >= ${days.end}::date), 0) as arr_end
    from (
      select ol.account_id, ol.service_start, ol.service_end,
             round(round(ol.amount * ${fx.rate}, 2) * 365 / (ol.service_end - ol.service_start + 1), 2) as annual
      from order_lines ol
      join products p on p.id = ol.product_id and p.workspace_id = ${ws} and p.recurring
      ${fx.join}
      ${latestSegmentJoin(ws, sql`ol.account_id`)}
      where ol.workspace_id = ${ws} and ol.service_start is not null and ol.account_id is not null
        and ol.service_end >= ${days.start}::date and ol.service_start <= ${days.end}::date
        ${filters}
    ) l
    group by l.account_id`;
}

/** The recurring-revenue measures over the accounts' ARR on the two days. */
export function recurringTotals(request: MeasureRequest): SQL {
  return sql`select coalesce(sum(a.arr_start), 0)::text as arr_start, coalesce(sum(a.arr_end), 0)::text as arr_end,
      count(*) filter (where a.arr_start > 0)::text as customers_start,
      count(*) filter (where a.arr_end > 0)::text as customers_end,
      count(*) filter (where a.arr_start > 0 and a.arr_end > 0)::text as retained_customers,
      coalesce(sum(a.arr_end) filter (where a.arr_start > 0), 0)::text as retained_arr,
      coalesce(sum(greatest(a.arr_start - a.arr_end, 0)) filter (where a.arr_start > 0), 0)::text as lost_arr
    from (${arrByAccount(request, arrDays(request))}) a`;
}

/** Each account's share of a recurring measure (drill-down rows sum to the figure). */
export function recurringShare(measure: string): SQL {
  switch (measure) {
    case "arr_start":
      return sql`a.arr_start`;
    case "arr_end":
      return sql`a.arr_end`;
    case "customers_start":
      return sql`case when a.arr_start > 0 then 1 else 0 end`;
    case "customers_end":
      return sql`case when a.arr_end > 0 then 1 else 0 end`;
    case "retained_customers":
      return sql`case when a.arr_start > 0 and a.arr_end > 0 then 1 else 0 end`;
    case "retained_arr":
      return sql`case when a.arr_start > 0 then a.arr_end else 0 end`;
    default:
      return sql`case when a.arr_start > 0 then greatest(a.arr_start - a.arr_end, 0) else 0 end`;
  }
}
