import { sql } from "drizzle-orm";
import type { Db } from "../connect";
import { toUuidArray } from "./get-monthly-bookings";
import { reportingConversion } from "./reporting-amount";
import { selectRows } from "./rows";

export type MonthlyTarget = { personId: string | null; month: string; amount: string | null };

/**
 * Booking targets per person and month in the reporting currency. `personIds` null = every person's targets;
 * `includeCompany` adds the company-level targets (person_id null).
 */
export async function getMonthlyTargets(
  db: Db,
  params: {
    workspaceId: string;
    fromDay: string;
    toDayExclusive: string;
    personIds: string[] | null;
    includeCompany: boolean;
  },
): Promise<MonthlyTarget[]> {
  const converted = reportingConversion(
    { amount: sql`t.amount`, currency: sql`t.currency`, day: sql`t.month` },
    params.workspaceId,
  );
  const people = params.personIds
    ? sql`t.person_id = any(${toUuidArray(params.personIds)})`
    : sql`t.person_id is not null`;
  const company = params.includeCompany ? sql`or t.person_id is null` : sql``;
  const rows = await selectRows<{ person_id: string | null; month: string; amount: string | null }>(
    db,
    sql`select t.person_id, to_char(t.month, 'YYYY-MM') as month, (${converted.amount})::text as amount
        from booking_targets t ${converted.join}
        where t.workspace_id = ${params.workspaceId}
          and t.month >= ${params.fromDay}::date and t.month < ${params.toDayExclusive}::date
          and (${people} ${company})
        order by t.month, t.person_id`,
  );
  return rows.map((r) => ({ personId: r.person_id, month: r.month, amount: r.amount }));
}
