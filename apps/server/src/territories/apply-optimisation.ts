import { and, eq, inArray } from "drizzle-orm";
import { type AttainDatabase, territoryAccounts, territoryOptimisations } from "@attain/db";
import type { BalanceResult } from "@attain/engine";
import type { Viewer } from "../auth/viewer";
import { ApiError, problems } from "../http/problem";
import { bumpPlanRevision, lockTerritoryPlan } from "./lock-territory-plan";
import { loadTerritoryPlan } from "./load-territory-plan";
import { recordTerritoryEvent } from "./record-territory-event";
import type { PlanView } from "./schemas";
import type { OptimisationOptions } from "./start-optimisation";
import { requireTerritoryPlanner } from "./territory-access";

/**
 * Applies a finished run's proposal to its draft (planners): its moves get source `optimiser`, locks kept, and the
 * run becomes `applied`. 409 when the plan changed since the run started (its proposal was made for other data) or
 * the run is not `done`.
 */
export async function applyOptimisation(
  database: AttainDatabase,
  viewer: Viewer,
  params: { optimisationId: string; baseRevision: number; now: Date },
): Promise<PlanView> {
  requireTerritoryPlanner(viewer);
  const { workspaceId } = viewer;
  const planId = await database.transaction(async ({ db }) => {
    const [run] = await db
      .select()
      .from(territoryOptimisations)
      .where(
        and(
          eq(territoryOptimisations.workspaceId, workspaceId),
          eq(territoryOptimisations.id, params.optimisationId),
        ),
      )
      .for("update");
    if (!run) throw problems.notFound("The optimisation");
    const plan = await lockTerritoryPlan(db, {
      workspaceId,
      planId: run.planId,
      baseRevision: params.baseRevision,
    });
    if (run.status !== "done")
      throw new ApiError(
        409,
        "Optimisation not ready",
        `The run is ${run.status}; only a done run applies.`,
        undefined,
        {
          optimisationStatus: run.status,
        },
      );
    const startedAt = (run.options as OptimisationOptions).planRevision;
    if (plan.revision !== startedAt)
      throw new ApiError(
        409,
        "Plan changed since the run",
        `The run balanced revision ${startedAt}; the plan is at ${plan.revision}. Run it again.`,
        undefined,
        { currentRevision: plan.revision },
      );
    // Accounts that had no territory get one too (the balancer does not count them as moved).
    const moves = (run.result as BalanceResult).assignments.filter(
      (a) => a.moved || a.previousTerritoryId === null,
    );
    const ids = moves.map((m) => m.accountId);
    for (let i = 0; i < ids.length; i += 1_000)
      await db
        .delete(territoryAccounts)
        .where(
          and(
            eq(territoryAccounts.planId, plan.id),
            inArray(territoryAccounts.accountId, ids.slice(i, i + 1_000)),
          ),
        );
    const rows = moves.map((m) => ({
      workspaceId,
      planId: plan.id,
      accountId: m.accountId,
      territoryId: m.territoryId,
      source: "optimiser" as const,
      locked: false,
    }));
    for (let i = 0; i < rows.length; i += 1_000)
      await db.insert(territoryAccounts).values(rows.slice(i, i + 1_000));
    await db
      .update(territoryOptimisations)
      .set({ status: "applied", appliedAt: params.now })
      .where(eq(territoryOptimisations.id, run.id));
    await bumpPlanRevision(db, plan.id, params.now);
    await recordTerritoryEvent(db, {
      workspaceId,
      planId: plan.id,
      actorId: viewer.userId,
      action: "optimisation.applied",
      detail: { optimisationId: run.id, moved: moves.length },
    });
    return plan.id;
  });
  return loadTerritoryPlan(database.db, workspaceId, planId);
}
