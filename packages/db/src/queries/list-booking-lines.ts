import { sql } from "drizzle-orm";
import type { Db } from "../connect";
import { toUuidArray } from "./get-monthly-bookings";
import { reportingConversion } from "./reporting-amount";
import { selectRows } from "./rows";

export type BookingLine = {
  id: string;
  orderNumber: string;
  bookingDate: string;
  kind: "booking" | "cancellation" | "return";
  originalLineId: string | null;
  accountId: string | null;
  accountName: string | null;
  opportunityId: string | null;
  opportunityName: string | null;
  productName: string | null;
  ownerId: string | null;
  ownerName: string | null;
  amount: string;
  currency: string;
  amountReporting: string | null;
  serviceStart: string | null;
  serviceEnd: string | null;
};

export type BookingLinesFilter = {
  workspaceId: string;
  fromDay: string;
  toDayExclusive: string;
  /** null = every owner. */
  ownerIds: string[] | null;
};

const conversionOf = (workspaceId: string) =>
  reportingConversion(
    { amount: sql`ol.amount`, currency: sql`ol.currency`, day: sql`ol.booking_date` },
    workspaceId,
  );

const whereLines = (f: BookingLinesFilter) =>
  sql`ol.workspace_id = ${f.workspaceId} and ol.booking_date >= ${f.fromDay}::date and ol.booking_date < ${f.toDayExclusive}::date
      ${f.ownerIds ? sql`and ol.owner_id = any(${toUuidArray(f.ownerIds)})` : sql``}`;

/** The order lines behind a bookings figure, oldest first, one page at a time (keyset pagination on date and id). */
export async function listBookingLines(
  db: Db,
  params: BookingLinesFilter & { after: { bookingDate: string; id: string } | null; limit: number },
): Promise<BookingLine[]> {
  const after = params.after
    ? sql`and (ol.booking_date, ol.id) > (${params.after.bookingDate}::date, ${params.after.id}::uuid)`
    : sql``;
  const converted = conversionOf(params.workspaceId);
  return selectRows<BookingLine>(
    db,
    sql`select ol.id, ol.order_number as "orderNumber", ol.booking_date::text as "bookingDate", ol.kind,
               ol.original_line_id as "originalLineId", ol.account_id as "accountId", a.name as "accountName",
               ol.opportunity_id as "opportunityId", o.name as "opportunityName", p.name as "productName",
               ol.owner_id as "ownerId", pe.full_name as "ownerName", ol.amount::text as amount, ol.currency,
               ol.service_start::text as "serviceStart", ol.service_end::text as "serviceEnd",
               (${converted.amount})::text as "amountReporting"
        from order_lines ol
        left join accounts a on a.id = ol.account_id
        left join opportunities o on o.id = ol.opportunity_id
        left join products p on p.id = ol.product_id
        left join people pe on pe.id = ol.owner_id
        ${converted.join}
        where ${whereLines(params)} ${after}
        order by ol.booking_date, ol.id
        limit ${params.limit}`,
  );
}

/** Count and reporting-currency total of the lines `listBookingLines` pages through. */
export async function summariseBookingLines(
  db: Db,
  filter: BookingLinesFilter,
): Promise<{ lines: number; amountReporting: string }> {
  const converted = conversionOf(filter.workspaceId);
  const [row] = await selectRows<{ lines: string; amount: string }>(
    db,
    sql`select count(*)::text as lines,
               coalesce(sum(${converted.amount}), 0)::text as amount
        from order_lines ol ${converted.join} where ${whereLines(filter)}`,
  );
  return { lines: Number(row?.lines ?? 0), amountReporting: row?.amount ?? "0" };
}
