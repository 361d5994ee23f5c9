import { and, asc, eq, gt, notInArray } from "drizzle-orm";
import { compPeriods, type Db } from "@attain/db";
import type { PeriodRow } from "../workflow/load-period";
import { nextPeriodOf } from "./next-period-of";

/**
 * Where a correction to a published period goes: the earliest later period that is not yet published or paid; when
 * there is none, the next period is created (status open) so the adjustment is paid with it.
 */
export async function findAdjustmentPeriod(db: Db, workspaceId: string, after: PeriodRow): Promise<string> {
  const [open] = await db
    .select({ periodKey: compPeriods.periodKey })
    .from(compPeriods)
    .where(
      and(
        eq(compPeriods.workspaceId, workspaceId),
        gt(compPeriods.periodStart, after.periodStart),
        notInArray(compPeriods.status, ["published", "paid"]),
      ),
    )
    .orderBy(asc(compPeriods.periodStart))
    .limit(1);
  if (open) return open.periodKey;
  let candidate = nextPeriodOf(after);
  for (;;) {
    await db
      .insert(compPeriods)
      .values({ workspaceId, ...candidate, status: "open" })
      .onConflictDoNothing();
    const [row] = await db
      .select()
      .from(compPeriods)
      .where(and(eq(compPeriods.workspaceId, workspaceId), eq(compPeriods.periodKey, candidate.periodKey)));
    if (row && row.status !== "published" && row.status !== "paid") return row.periodKey;
    candidate = nextPeriodOf(row ?? candidate);
  }
}
