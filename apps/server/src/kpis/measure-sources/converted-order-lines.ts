import { type SQL, sql } from "drizzle-orm";
import { latestSegmentJoin, rateOf } from "./request-filters";

/**
 * Order lines as the KPI measures read them: amount and cost converted to the reporting currency at the booking
 * month's rate and rounded to the cent per line (null without a rate), the month, the owner, the account's latest
 * segment, and the type of the line's deal (`none` without a deal). `where` adds conditions on `ol`.
 */
export function convertedOrderLines(workspaceId: string, where: SQL): SQL {
  const fx = rateOf(workspaceId, sql`ol.currency`, sql`ol.booking_date`);
  return sql`select ol.id, ol.external_id, ol.order_number, ol.kind, ol.booking_date,
      date_trunc('month', ol.booking_date)::date as month, ol.owner_id as person_id, seg.segment, ol.product_id,
      ol.account_id, ol.opportunity_id, ol.amount as original_amount, ol.currency,
      ol.service_start, ol.service_end,
      round(ol.amount * ${fx.rate}, 2) as amount,
      case when ol.cost is null then null else round(ol.cost * ${fx.rate}, 2) end as cost,
      coalesce(o.type, 'none') as deal_type
    from order_lines ol ${fx.join}
    ${latestSegmentJoin(workspaceId, sql`ol.account_id`)}
    left join opportunities o on o.workspace_id = ${workspaceId} and o.id = ol.opportunity_id
    where ol.workspace_id = ${workspaceId} ${where}`;
}

/** Whether a booking line `l` is its account's first-ever booking line (new customers). */
export function isFirstBookingOfAccount(workspaceId: string): SQL {
  return sql`l.kind = 'booking' and l.account_id is not null and not exists (
    select 1 from order_lines e where e.workspace_id = ${workspaceId} and e.account_id = l.account_id
      and e.kind = 'booking' and (e.booking_date < l.booking_date or (e.booking_date = l.booking_date and e.id < l.id)))`;
}
