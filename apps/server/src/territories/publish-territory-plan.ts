import { and, eq, max } from "drizzle-orm";
import { type AttainDatabase, planningScenarios, territoryPlans } from "@attain/db";
import { ownersOn, sumAmounts } from "@attain/engine";
import type { Viewer } from "../auth/viewer";
import { ApiError, type FieldProblem } from "../http/problem";
import { addQuotaTransfers, type QuotaTransfer } from "./add-quota-transfers";
import { computeQuotaTransfers, type OwnerChange } from "./compute-quota-transfers";
import { loadPlanContext, loadTerritoryPlan } from "./load-territory-plan";
import { bumpPlanRevision, lockTerritoryPlan } from "./lock-territory-plan";
import { planOwners } from "./plan-definitions";
import { recordTerritoryEvent } from "./record-territory-event";
import type { PlanView } from "./schemas";
import { requireTerritoryPlanner } from "./territory-access";
import { type AccountPlacement, writeAccountHistory } from "./write-account-history";

export type PublishEffects = {
  accountsMoved: number;
  ownersChanged: number;
  quotaTransfers: QuotaTransfer[];
  transfersAppliedTo: string | null;
};

/**
 * Publishes a draft as the plan of record (planners), in one transaction: every account must be in a territory (else
 * 422 listing gaps, overlaps and unassigned accounts); the previous plan of record is archived; this plan gets version
 * n + 1; account_territory_history is closed and opened at `effectiveFrom`; accounts.owner_id becomes the new
 * territory's primary owner on that date; and, when the plan names a draft quota scenario, the quota of moved
 * accounts follows them (compute-quota-transfers.ts).
 */
export async function publishTerritoryPlan(
  database: AttainDatabase,
  viewer: Viewer,
  params: { planId: string; baseRevision: number; now: Date },
): Promise<{ plan: PlanView; effects: PublishEffects }> {
  requireTerritoryPlanner(viewer);
  const { workspaceId } = viewer;
  const { planId } = params;
  const effects = await database.transaction(async ({ db, sql }) => {
    const plan = await lockTerritoryPlan(db, { workspaceId, planId, baseRevision: params.baseRevision });
    const { state, accounts, coverage } = await loadPlanContext(db, workspaceId, planId);
    const assignment = new Map(state.assignments.map((a) => [a.accountId, a.territoryId]));
    const unassigned = accounts.filter((a) => !assignment.has(a.id));
    if (unassigned.length > 0) {
      const gapIds = new Set(coverage.gaps.map((g) => g.accountId));
      const overlapOf = new Map(coverage.overlaps.map((o) => [o.accountId, o.territoryIds]));
      const errors: FieldProblem[] = unassigned.map((a) => ({
        path: `accounts.${a.id}`,
        message: gapIds.has(a.id)
          ? `${a.name}: no territory covers it (a gap)`
          : overlapOf.has(a.id)
            ? `${a.name}: matched by ${overlapOf.get(a.id)!.length} territories at the same priority (an overlap)`
            : `${a.name}: not assigned (apply the rules or move it)`,
      }));
      throw new ApiError(
        422,
        "Plan does not cover every account",
        `${unassigned.length} accounts have no territory.`,
        errors,
      );
    }
    const [current] = await db
      .select()
      .from(territoryPlans)
      .where(and(eq(territoryPlans.workspaceId, workspaceId), eq(territoryPlans.planOfRecord, true)))
      .for("update");
    if (current && current.effectiveFrom > plan.effectiveFrom)
      throw new ApiError(422, "Effective date before the plan of record's", undefined, [
        {
          path: "effectiveFrom",
          message: `The plan of record ${current.name} is effective from ${current.effectiveFrom}; this plan starts ${plan.effectiveFrom}.`,
        },
      ]);
    const [{ latest } = { latest: null }] = await db
      .select({ latest: max(territoryPlans.version) })
      .from(territoryPlans)
      .where(eq(territoryPlans.workspaceId, workspaceId));
    if (current)
      await db
        .update(territoryPlans)
        .set({ status: "archived", planOfRecord: false, updatedAt: params.now })
        .where(eq(territoryPlans.id, current.id));
    await db
      .update(territoryPlans)
      .set({
        status: "published",
        planOfRecord: true,
        version: (latest ?? 0) + 1,
        publishedBy: viewer.userId,
        publishedAt: params.now,
      })
      .where(eq(territoryPlans.id, planId));

    const owners = planOwners(state);
    const territoryById = new Map(state.territories.map((t) => [t.id, t]));
    const primaryOwnerOf = new Map<string, string | null>();
    for (const t of state.territories)
      primaryOwnerOf.set(
        t.id,
        ownersOn(owners, t.id, plan.effectiveFrom).find((o) => o.role === "primary")?.personId ?? null,
      );
    const placements: AccountPlacement[] = state.assignments.flatMap((a) => {
      const territory = territoryById.get(a.territoryId);
      return territory
        ? [
            {
              accountId: a.accountId,
              key: territory.key,
              name: territory.name,
              ownerId: primaryOwnerOf.get(territory.id) ?? null,
            },
          ]
        : [];
    });
    const previous = await writeAccountHistory(sql, {
      workspaceId,
      planId,
      effectiveFrom: plan.effectiveFrom,
      placements,
    });
    const accountById = new Map(accounts.map((a) => [a.id, a]));
    const ownerChanges: OwnerChange[] = placements.flatMap((p) => {
      const before = accountById.get(p.accountId)?.ownerId ?? null;
      return p.ownerId !== null && before !== null && before !== p.ownerId
        ? [
            {
              accountId: p.accountId,
              fromOwnerId: before,
              toOwnerId: p.ownerId,
              potential: accountById.get(p.accountId)!.potential,
            },
          ]
        : [];
    });
    const newOwners = placements.filter(
      (p) => p.ownerId !== null && (accountById.get(p.accountId)?.ownerId ?? null) !== p.ownerId,
    );
    if (newOwners.length > 0)
      await sql.query(
        `update accounts a set owner_id = u.owner_id
         from unnest($2::uuid[], $3::uuid[]) as u(account_id, owner_id)
         where a.workspace_id = $1 and a.id = u.account_id`,
        [workspaceId, newOwners.map((p) => p.accountId), newOwners.map((p) => p.ownerId)],
      );

    let quotaTransfers: QuotaTransfer[] = [];
    let transfersAppliedTo: string | null = null;
    if (plan.planningScenarioId && ownerChanges.length > 0) {
      const [scenario] = await db
        .select({ status: planningScenarios.status })
        .from(planningScenarios)
        .where(
          and(
            eq(planningScenarios.workspaceId, workspaceId),
            eq(planningScenarios.id, plan.planningScenarioId),
          ),
        );
      if (scenario?.status === "draft") {
        const potentialByOwner = new Map<string, string[]>();
        for (const a of accounts)
          if (a.ownerId)
            potentialByOwner.set(a.ownerId, [...(potentialByOwner.get(a.ownerId) ?? []), a.potential]);
        quotaTransfers = await addQuotaTransfers(db, {
          workspaceId,
          scenarioId: plan.planningScenarioId,
          transfers: computeQuotaTransfers({
            changes: ownerChanges,
            potentialByOwner: new Map([...potentialByOwner].map(([id, list]) => [id, sumAmounts(list)])),
            effectiveMonth: plan.effectiveFrom.slice(0, 7),
            reason: `Territory plan ${plan.name} v${(latest ?? 0) + 1}`,
          }),
          actorId: viewer.userId,
          now: params.now,
        });
        transfersAppliedTo = quotaTransfers.length > 0 ? plan.planningScenarioId : null;
      }
    }
    await bumpPlanRevision(db, planId, params.now);
    const result: PublishEffects = {
      accountsMoved: countMoved(placements, previous),
      ownersChanged: newOwners.length,
      quotaTransfers,
      transfersAppliedTo,
    };
    await recordTerritoryEvent(db, {
      workspaceId,
      planId,
      actorId: viewer.userId,
      action: "plan.published",
      detail: { version: (latest ?? 0) + 1, archived: current?.id ?? null, ...result },
    });
    return result;
  });
  return { plan: await loadTerritoryPlan(database.db, workspaceId, planId), effects };
}

/** Accounts whose territory key changed (an owner change alone is not a move). */
function countMoved(
  placements: readonly AccountPlacement[],
  previous: ReadonlyMap<string, { key: string; ownerId: string | null }>,
): number {
  return placements.filter((p) => {
    const before = previous.get(p.accountId);
    return before !== undefined && before.key !== p.key;
  }).length;
}
