import { and, asc, eq, inArray, or, type SQL } from "drizzle-orm";
import { compAdjustments, compPeriods, type Db } from "@attain/db";
import type { Viewer } from "../../auth/viewer";
import { problems } from "../../http/problem";
import { resolvePayScope } from "../workflow/resolve-pay-scope";
import { type Adjustment, toAdjustment } from "./to-adjustment";

/**
 * Adjustments in the caller's pay scope, oldest first, optionally for one period and/or person. Reps see their own
 * adjustments in published and paid periods only (like their statements).
 */
export async function listAdjustments(
  db: Db,
  viewer: Viewer,
  today: string,
  filter: { periodKey?: string | undefined; personId?: string | undefined },
): Promise<Adjustment[]> {
  const scope = await resolvePayScope(db, viewer, today);
  if (filter.personId && scope !== null && !scope.includes(filter.personId)) {
    throw problems.forbidden("That person is outside the people whose pay you may see.");
  }
  const conditions: (SQL | undefined)[] = [
    eq(compAdjustments.workspaceId, viewer.workspaceId),
    filter.periodKey ? eq(compAdjustments.periodKey, filter.periodKey) : undefined,
    filter.personId ? eq(compAdjustments.personId, filter.personId) : undefined,
    scope === null ? undefined : inArray(compAdjustments.personId, scope),
  ];
  const rows = await db
    .select({ adjustment: compAdjustments, status: compPeriods.status })
    .from(compAdjustments)
    .leftJoin(
      compPeriods,
      and(
        eq(compPeriods.workspaceId, compAdjustments.workspaceId),
        eq(compPeriods.periodKey, compAdjustments.periodKey),
      ),
    )
    .where(
      and(
        ...conditions,
        viewer.role === "rep"
          ? or(eq(compPeriods.status, "published"), eq(compPeriods.status, "paid"))
          : undefined,
      ),
    )
    .orderBy(asc(compAdjustments.createdAt), asc(compAdjustments.id));
  return rows.map((r) => toAdjustment(r.adjustment));
}
