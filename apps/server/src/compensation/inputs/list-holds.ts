import { and, asc, eq, inArray, isNotNull, isNull, or, type SQL } from "drizzle-orm";
import { compHolds, type Db, orderLines } from "@attain/db";
import type { Viewer } from "../../auth/viewer";
import { resolvePayScope } from "../workflow/resolve-pay-scope";
import type { HoldView } from "./hold-schemas";
import { toHoldView } from "./to-hold-view";

/**
 * Holds in the caller's pay scope (on `today`), oldest first: admins, comp admins and HR see all; a manager or rep the
 * holds on people in their scope and on order lines those people own.
 */
export async function listHolds(
  db: Db,
  viewer: Viewer,
  today: string,
  query: { active?: boolean | undefined },
): Promise<HoldView[]> {
  const scope = await resolvePayScope(db, viewer, today);
  const conditions: (SQL | undefined)[] = [eq(compHolds.workspaceId, viewer.workspaceId)];
  if (query.active === true) conditions.push(isNull(compHolds.releasedAt));
  if (query.active === false) conditions.push(isNotNull(compHolds.releasedAt));
  if (scope) {
    const ownedLines = db
      .select({ id: orderLines.id })
      .from(orderLines)
      .where(and(eq(orderLines.workspaceId, viewer.workspaceId), inArray(orderLines.ownerId, scope)));
    conditions.push(or(inArray(compHolds.personId, scope), inArray(compHolds.transactionId, ownedLines)));
  }
  const rows = await db
    .select()
    .from(compHolds)
    .where(and(...conditions))
    .orderBy(asc(compHolds.placedAt), asc(compHolds.id));
  return rows.map(toHoldView);
}
