import { and, asc, desc, eq } from "drizzle-orm";
import { type AttainDatabase, compCreditSplits, opportunities } from "@attain/db";
import type { Viewer } from "../../auth/viewer";
import { type FieldProblem, problems } from "../../http/problem";
import { recordCompEvent } from "../audit/record-comp-event";
import { requireCompAdmin } from "../workflow/require-comp-admin";
import { checkSplitShares } from "./check-split-shares";
import { loadPersonNames } from "./load-person-names";
import { selectDealSplits } from "./select-deal-splits";
import type { DealSplitsView, SplitEntryInput } from "./split-schemas";
import { unprocessable } from "./unprocessable";

/**
 * Replaces every split and overlay of a deal in one transaction (comp admins): the deal must exist (404), the
 * "split" shares sum to exactly 1 and every person exists in the workspace (422). The comp_events entry holds the
 * deal's splits before and after.
 */
export async function replaceCreditSplits(
  database: AttainDatabase,
  viewer: Viewer,
  params: { opportunityId: string; splits: readonly SplitEntryInput[] },
): Promise<DealSplitsView> {
  requireCompAdmin(viewer);
  const { workspaceId } = viewer;
  const { opportunityId } = params;
  return database.transaction(async ({ db }) => {
    const [deal] = await db
      .select({ name: opportunities.name })
      .from(opportunities)
      .where(and(eq(opportunities.workspaceId, workspaceId), eq(opportunities.id, opportunityId)))
      .for("update");
    if (!deal) throw problems.notFound("The opportunity");
    const names = await loadPersonNames(db, { workspaceId, personIds: params.splits.map((s) => s.personId) });
    const missing: FieldProblem[] = params.splits.flatMap((s, i) =>
      names.has(s.personId)
        ? []
        : [{ path: `splits.${i}.personId`, message: "No person with this id in the workspace" }],
    );
    const invalid = [...checkSplitShares(params.splits), ...missing];
    if (invalid.length > 0) throw unprocessable(invalid);

    const ofDeal = and(
      eq(compCreditSplits.workspaceId, workspaceId),
      eq(compCreditSplits.opportunityId, opportunityId),
    );
    const before = await db
      .select({
        personId: compCreditSplits.personId,
        share: compCreditSplits.share,
        role: compCreditSplits.role,
      })
      .from(compCreditSplits)
      .where(ofDeal)
      .orderBy(desc(compCreditSplits.role), asc(compCreditSplits.personId));
    await db.delete(compCreditSplits).where(ofDeal);
    const after = params.splits.map((s) => ({ personId: s.personId, share: s.share, role: s.role }));
    if (after.length > 0) {
      await db.insert(compCreditSplits).values(after.map((s) => ({ workspaceId, opportunityId, ...s })));
    }
    await recordCompEvent(db, {
      workspaceId,
      actorId: viewer.userId,
      action: "credit_splits.replaced",
      entity: "comp_credit_splits",
      entityId: opportunityId,
      before,
      after,
    });
    const [view] = await selectDealSplits(db, workspaceId, eq(compCreditSplits.opportunityId, opportunityId));
    return view ?? { opportunityId, opportunityName: deal.name, splits: [] };
  });
}
