import { sql } from "drizzle-orm";
import { type Db, reportingConversion, selectRows } from "@attain/db";
import type { PlanningMeasure } from "../schemas";
import { lineMeasure } from "./line-measure";

export type MonthlyActual = {
  personId: string | null;
  month: string;
  /** Net amount of the measure (cancellations and returns are negative lines), in the reporting currency. */
  amount: string;
  /** Net bookings of the same lines: the denominator of the measure-to-bookings ratio (measure-ratios.ts). */
  bookings: string;
};

/**
 * Net actuals of `measure` and net bookings per owner (null: no owner) and month in [fromDay, toDayExclusive), every
 * line converted at its month's rate and rounded per line as getMonthlyBookings does (so the bookings measure gives
 * the same figures as before). Lines without a rate are left out, like there; lines without the measure count 0.
 */
export async function loadMonthlyActuals(
  db: Db,
  params: {
    workspaceId: string;
    measure: PlanningMeasure;
    fromDay: string;
    toDayExclusive: string;
    personIds: readonly string[] | null;
  },
): Promise<MonthlyActual[]> {
  const day = sql`ol.booking_date`;
  const currency = sql`ol.currency`;
  const measure = reportingConversion(
    { amount: lineMeasure(params.measure), currency, day },
    params.workspaceId,
  );
  const bookings = reportingConversion({ amount: sql`ol.amount`, currency, day }, params.workspaceId);
  const personFilter = params.personIds
    ? sql`and ol.owner_id = any(${`{${params.personIds.join(",")}}`}::uuid[])`
    : sql``;
  // One join serves both conversions: the rate depends on the line's currency and month only.
  const rows = await selectRows<{
    person_id: string | null;
    month: string;
    amount: string;
    bookings: string;
  }>(
    db,
    sql`select owner_id as person_id, month, coalesce(sum(measure), 0)::text as amount,
               coalesce(sum(bookings), 0)::text as bookings
        from (select ol.owner_id, to_char(ol.booking_date, 'YYYY-MM') as month,
                     ${measure.amount} as measure, ${bookings.amount} as bookings
              from order_lines ol ${measure.join}
              where ol.workspace_id = ${params.workspaceId}
                and ol.booking_date >= ${params.fromDay}::date and ol.booking_date < ${params.toDayExclusive}::date
                ${personFilter}) lines
        where bookings is not null
        group by owner_id, month
        order by month, owner_id`,
  );
  return rows.map((r) => ({ personId: r.person_id, month: r.month, amount: r.amount, bookings: r.bookings }));
}
