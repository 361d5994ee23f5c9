import { and, eq, gte, isNotNull, lte } from "drizzle-orm";
import { bookingTargets, type Db } from "@attain/db";
import { sumAmounts } from "@attain/engine";
import type { ForecastPeriodRow } from "./ensure-forecast-periods";

/** Each person's booking target for the period's months (targets in the reporting currency; company rows left out). */
export async function loadPeriodTargets(
  db: Db,
  workspaceId: string,
  period: ForecastPeriodRow,
  currency: string,
): Promise<Map<string, string>> {
  const rows = await db
    .select({ personId: bookingTargets.personId, amount: bookingTargets.amount })
    .from(bookingTargets)
    .where(
      and(
        eq(bookingTargets.workspaceId, workspaceId),
        isNotNull(bookingTargets.personId),
        eq(bookingTargets.currency, currency),
        gte(bookingTargets.month, period.startsOn),
        lte(bookingTargets.month, period.endsOn),
      ),
    );
  const byPerson = new Map<string, string[]>();
  for (const row of rows) {
    const list = byPerson.get(row.personId as string) ?? [];
    list.push(row.amount);
    byPerson.set(row.personId as string, list);
  }
  return new Map([...byPerson].map(([id, amounts]) => [id, sumAmounts(amounts)]));
}
