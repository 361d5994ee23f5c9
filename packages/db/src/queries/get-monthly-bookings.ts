import { sql } from "drizzle-orm";
import type { Db } from "../connect";
import { reportingConversion } from "./reporting-amount";
import { selectRows } from "./rows";

export type MonthlyBookings = {
  personId: string | null;
  month: string;
  /** In the reporting currency, exact sum of per-line rounded amounts. */
  amount: string;
  lines: number;
  /** Lines in a foreign currency with no exchange rate for their month (they are left out of `amount`). */
  unconvertedLines: number;
};

/** Net bookings (bookings less cancellations and returns) per person and month, for `personIds` or everyone when null. */
export async function getMonthlyBookings(
  db: Db,
  params: { workspaceId: string; fromDay: string; toDayExclusive: string; personIds: string[] | null },
): Promise<MonthlyBookings[]> {
  const converted = reportingConversion(
    { amount: sql`ol.amount`, currency: sql`ol.currency`, day: sql`ol.booking_date` },
    params.workspaceId,
  );
  const personFilter = params.personIds
    ? sql`and ol.owner_id = any(${toUuidArray(params.personIds)})`
    : sql``;
  const rows = await selectRows<{
    person_id: string | null;
    month: string;
    amount: string | null;
    lines: string;
    unconverted: string;
  }>(
    db,
    sql`select owner_id as person_id, month, coalesce(sum(converted), 0)::text as amount,
               count(*)::text as lines, count(*) filter (where converted is null)::text as unconverted
        from (select ol.owner_id, to_char(ol.booking_date, 'YYYY-MM') as month, ${converted.amount} as converted
              from order_lines ol ${converted.join}
              where ol.workspace_id = ${params.workspaceId}
                and ol.booking_date >= ${params.fromDay}::date and ol.booking_date < ${params.toDayExclusive}::date
                ${personFilter}) lines
        group by owner_id, month
        order by month, owner_id`,
  );
  return rows.map((r) => ({
    personId: r.person_id,
    month: r.month,
    amount: r.amount ?? "0",
    lines: Number(r.lines),
    unconvertedLines: Number(r.unconverted),
  }));
}

/** A uuid[] parameter that both drivers bind the same way (a PostgreSQL array literal). */
export function toUuidArray(ids: readonly string[]) {
  return sql`${`{${ids.join(",")}}`}::uuid[]`;
}
