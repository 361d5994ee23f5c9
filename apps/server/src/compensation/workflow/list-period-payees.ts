import { and, asc, eq, inArray, sql } from "drizzle-orm";
import { compAdjustments, compApprovals, compResults, type Db, people } from "@attain/db";
import { sumAmounts } from "@attain/engine";

export type PeriodPayee = {
  personId: string;
  name: string;
  currency: string;
  earned: string;
  payable: string;
  adjustments: string;
  payableWithAdjustments: string;
  managerApproval: { decidedBy: string; decidedAt: string; note: string | null } | null;
};

/** The payees of a run with their totals, adjustments and manager approval of that run (scope: `personIds`). */
export async function listPeriodPayees(
  db: Db,
  params: { workspaceId: string; periodKey: string; runId: string; personIds: string[] | null },
): Promise<PeriodPayee[]> {
  const scoped = params.personIds === null ? undefined : inArray(compResults.personId, params.personIds);
  const rows = await db
    .select({
      personId: compResults.personId,
      name: people.fullName,
      currency: compResults.currency,
      earned: compResults.earned,
      payable: compResults.payable,
    })
    .from(compResults)
    .innerJoin(people, eq(people.id, compResults.personId))
    .where(and(eq(compResults.workspaceId, params.workspaceId), eq(compResults.runId, params.runId), scoped))
    .orderBy(asc(people.fullName), asc(compResults.personId));
  const adjustments = await db
    .select({
      personId: compAdjustments.personId,
      amount: sql<string>`sum(${compAdjustments.amount})`,
    })
    .from(compAdjustments)
    .where(
      and(
        eq(compAdjustments.workspaceId, params.workspaceId),
        eq(compAdjustments.periodKey, params.periodKey),
      ),
    )
    .groupBy(compAdjustments.personId);
  const approvals = await db
    .select()
    .from(compApprovals)
    .where(
      and(
        eq(compApprovals.workspaceId, params.workspaceId),
        eq(compApprovals.periodKey, params.periodKey),
        eq(compApprovals.runId, params.runId),
        eq(compApprovals.step, "manager"),
        eq(compApprovals.decision, "approved"),
      ),
    );
  return rows.map((row) => {
    const adjusted = adjustments.find((a) => a.personId === row.personId)?.amount ?? "0";
    const approval = approvals.find((a) => a.personId === row.personId);
    return {
      ...row,
      adjustments: adjusted,
      payableWithAdjustments: sumAmounts([row.payable, adjusted]),
      managerApproval: approval
        ? { decidedBy: approval.decidedBy, decidedAt: approval.decidedAt.toISOString(), note: approval.note }
        : null,
    };
  });
}
