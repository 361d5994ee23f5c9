import { and, eq, inArray, or, type SQL } from "drizzle-orm";
import { compCreditSplits, type Db, opportunities } from "@attain/db";
import type { Viewer } from "../../auth/viewer";
import { resolvePayScope } from "../workflow/resolve-pay-scope";
import { selectDealSplits } from "./select-deal-splits";
import type { DealSplitsView } from "./split-schemas";

/**
 * Deals' credit splits and overlays in the caller's pay scope (on `today`): admins, comp admins and HR every deal's;
 * a manager or rep those of deals owned by someone in their scope or sharing credit with someone in it.
 */
export async function listCreditSplits(
  db: Db,
  viewer: Viewer,
  today: string,
  query: { opportunityId?: string | undefined },
): Promise<DealSplitsView[]> {
  const { workspaceId } = viewer;
  const scope = await resolvePayScope(db, viewer, today);
  const conditions: (SQL | undefined)[] = [];
  if (query.opportunityId) conditions.push(eq(compCreditSplits.opportunityId, query.opportunityId));
  if (scope) {
    const ownedDeals = db
      .select({ id: opportunities.id })
      .from(opportunities)
      .where(and(eq(opportunities.workspaceId, workspaceId), inArray(opportunities.ownerId, scope)));
    const sharedDeals = db
      .select({ id: compCreditSplits.opportunityId })
      .from(compCreditSplits)
      .where(and(eq(compCreditSplits.workspaceId, workspaceId), inArray(compCreditSplits.personId, scope)));
    conditions.push(
      or(
        inArray(compCreditSplits.opportunityId, ownedDeals),
        inArray(compCreditSplits.opportunityId, sharedDeals),
      ),
    );
  }
  return selectDealSplits(db, workspaceId, and(...conditions));
}
