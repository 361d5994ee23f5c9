import { selectRows } from "@attain/db";
import { type SQL, sql } from "drizzle-orm";
import { ApiError } from "../../http/problem";
import { convertedOrderLines, isFirstBookingOfAccount } from "./converted-order-lines";
import { drillPage } from "./drill-page";
import { orderLineFacts } from "./order-line-facts";
import {
  arrByAccount,
  arrDays,
  recurringMeasures,
  recurringShare,
  recurringTotals,
} from "./recurring-revenue";
import { requestFilters } from "./request-filters";
import type { DrillColumn, MeasureRequest, MeasureSourceModule } from "./types";

/** Each line measure: the lines it reads and a line's share of it. */
const lineMeasures: Record<string, { where: SQL; value: SQL }> = {
  net_bookings: { where: sql`true`, value: sql`l.amount` },
  new_customer_bookings: { where: sql`l.deal_type = 'new_business'`, value: sql`l.amount` },
  existing_customer_bookings: { where: sql`l.deal_type <> 'new_business'`, value: sql`l.amount` },
  gross_margin: { where: sql`l.cost is not null`, value: sql`l.amount - l.cost` },
  margin_revenue: { where: sql`l.cost is not null`, value: sql`l.amount` },
  order_count: { where: sql`l.first_of_order`, value: sql`1` },
};

const lineColumns: DrillColumn[] = [
  { key: "bookingDate", label: "Booking date", type: "date" },
  { key: "orderNumber", label: "Order", type: "text" },
  { key: "kind", label: "Kind", type: "text" },
  { key: "account", label: "Account", type: "text" },
  { key: "product", label: "Product", type: "text" },
  { key: "owner", label: "Owner", type: "text" },
  { key: "amount", label: "Amount", type: "currency" },
  { key: "currency", label: "Currency", type: "text" },
  { key: "value", label: "Value", type: "number" },
];

const accountColumns: DrillColumn[] = [
  { key: "account", label: "Account", type: "text" },
  { key: "firstDay", label: "First booking in the period", type: "date" },
  { key: "lines", label: "Lines", type: "number" },
  { key: "value", label: "Value", type: "number" },
];

const arrColumns: DrillColumn[] = [
  { key: "account", label: "Account", type: "text" },
  { key: "arrStart", label: "ARR at the start", type: "currency" },
  { key: "arrEnd", label: "ARR at the end", type: "currency" },
  { key: "value", label: "Value", type: "number" },
];

/** Bookings, margin, orders, new customers (pre-aggregated); customers served and recurring revenue (per request). */
export const orderLinesSource: MeasureSourceModule = {
  source: "order_lines",
  additive: [...Object.keys(lineMeasures), "new_customers"],
  factsQuery: orderLineFacts,
  direct: ["customers_served", ...recurringMeasures],
  async computeDirect(db, request, measures) {
    const out: Record<string, string> = {};
    const wanted = new Set(measures);
    const jobs: Promise<void>[] = [];
    if (wanted.has("customers_served")) {
      jobs.push(
        selectRows<{ n: string }>(
          db,
          sql`select count(distinct l.account_id)::text as n from (${periodLines(request)}) l
              where l.kind = 'booking' and l.account_id is not null`,
        ).then(([row]) => {
          out.customers_served = row?.n ?? "0";
        }),
      );
    }
    if (recurringMeasures.some((m) => wanted.has(m))) {
      jobs.push(
        selectRows<Record<string, string>>(db, recurringTotals(request)).then(([row]) => {
          for (const m of recurringMeasures) if (wanted.has(m)) out[m] = row?.[m] ?? "0";
        }),
      );
    }
    await Promise.all(jobs);
    return out;
  },
  async listRows(db, request, measure, page) {
    const ws = request.workspaceId;
    const line = lineMeasures[measure];
    if (line) {
      const value = line.value;
      const rows = sql`select l.booking_date::text as "bookingDate", l.order_number as "orderNumber", l.kind,
          a.name as account, p.name as product, pe.full_name as owner, l.original_amount::text as amount, l.currency,
          (${value})::text as value, ${value} as measure_value, l.booking_date as sort_key, l.id as sort_id
        from (select x.*, row_number() over (partition by x.order_number, x.month order by x.booking_date, x.id) = 1
                        and x.kind = 'booking' as first_of_order
              from (${periodLines(request)}) x) l
        left join accounts a on a.id = l.account_id
        left join products p on p.id = l.product_id
        left join people pe on pe.id = l.person_id
        where ${line.where}`;
      return drillPage(db, rows, lineColumns, page);
    }
    if (measure === "new_customers" || measure === "customers_served") {
      const which = measure === "new_customers" ? isFirstBookingOfAccount(ws) : sql`l.kind = 'booking'`;
      const rows = sql`select a.name as account, min(l.booking_date)::text as "firstDay", count(*)::int as lines,
          1 as value, 1 as measure_value, min(l.booking_date) as sort_key, l.account_id as sort_id
        from (${periodLines(request)}) l join accounts a on a.id = l.account_id
        where ${which} group by l.account_id, a.name`;
      return drillPage(db, rows, accountColumns, page);
    }
    if ((recurringMeasures as readonly string[]).includes(measure)) {
      const share = recurringShare(measure);
      const rows = sql`select ac.name as account, a.arr_start::text as "arrStart", a.arr_end::text as "arrEnd",
          (${share})::text as value, ${share} as measure_value, ac.name as sort_key, a.account_id as sort_id
        from (${arrByAccount(request, arrDays(request))}) a join accounts ac on ac.id = a.account_id
        where ${share} <> 0`;
      return drillPage(db, rows, arrColumns, page);
    }
    throw new ApiError(422, "Unknown measure", `The order lines have no measure ${measure}.`);
  },
};

/** The request's order lines: booked in the period, in scope, with its segment and product filters. */
function periodLines(request: MeasureRequest): SQL {
  const lines = convertedOrderLines(
    request.workspaceId,
    sql`and ol.booking_date >= ${request.fromDay}::date and ol.booking_date < ${request.toDayExclusive}::date`,
  );
  return sql`select * from (${lines}) q where true ${requestFilters(request, {
    person: sql`q.person_id`,
    segment: sql`q.segment`,
    product: sql`q.product_id`,
  })}`;
}
