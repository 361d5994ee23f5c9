import { type SQL, sql } from "drizzle-orm";
import { convertedOrderLines, isFirstBookingOfAccount } from "./converted-order-lines";
import { monthWindow } from "./request-filters";

const split = sql`month, person_id, segment, product_id`;

/**
 * The additive order-line measures per month, owner, segment and product. An order counts once per month, on its
 * first booking line of the month (so an order split across products is not counted twice); a new customer counts
 * in the month of its account's first-ever booking line.
 */
export function orderLineFacts(
  workspaceId: string,
  months: { from: string; toExclusive: string } | null,
): SQL {
  const lines = convertedOrderLines(workspaceId, monthWindow(sql`ol.booking_date`, months));
  const sum = (measure: string, value: SQL, where: SQL) =>
    sql`select ${measure}::text as measure, ${split}, null::text as channel, coalesce(sum(${value}), 0) as value,
          count(*) as row_count
        from lines l where ${where} group by ${split}`;
  return sql`with lines as (${lines})
    ${sum("net_bookings", sql`amount`, sql`true`)}
    union all ${sum("new_customer_bookings", sql`amount`, sql`deal_type = 'new_business'`)}
    union all ${sum("existing_customer_bookings", sql`amount`, sql`deal_type <> 'new_business'`)}
    union all ${sum("gross_margin", sql`amount - cost`, sql`cost is not null`)}
    union all ${sum("margin_revenue", sql`amount`, sql`cost is not null`)}
    union all select 'order_count', ${split}, null::text, count(*), count(*)
      from (select distinct on (order_number, month) * from lines where kind = 'booking'
            order by order_number, month, booking_date, id) firsts
      group by ${split}
    union all ${sum("new_customers", sql`1`, isFirstBookingOfAccount(workspaceId))}`;
}
