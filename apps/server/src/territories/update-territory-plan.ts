import { and, eq } from "drizzle-orm";
import { type AttainDatabase, planningScenarios, territoryPlans } from "@attain/db";
import type { Viewer } from "../auth/viewer";
import { ApiError } from "../http/problem";
import { bumpPlanRevision, lockTerritoryPlan } from "./lock-territory-plan";
import { loadTerritoryPlan } from "./load-territory-plan";
import { recordTerritoryEvent } from "./record-territory-event";
import type { PlanView, UpdatePlanBody } from "./schemas";
import { requireTerritoryPlanner } from "./territory-access";

/** Renames a draft, moves its effective date, changes its settings or links its quota scenario (planners). */
export async function updateTerritoryPlan(
  database: AttainDatabase,
  viewer: Viewer,
  params: UpdatePlanBody & { planId: string; now: Date },
): Promise<PlanView> {
  requireTerritoryPlanner(viewer);
  const { workspaceId } = viewer;
  await database.transaction(async ({ db }) => {
    await lockTerritoryPlan(db, { workspaceId, planId: params.planId, baseRevision: params.baseRevision });
    if (params.planningScenarioId) {
      const [scenario] = await db
        .select({ status: planningScenarios.status })
        .from(planningScenarios)
        .where(
          and(
            eq(planningScenarios.workspaceId, workspaceId),
            eq(planningScenarios.id, params.planningScenarioId),
          ),
        );
      if (!scenario)
        throw new ApiError(422, "Unknown quota scenario", undefined, [
          { path: "planningScenarioId", message: `No quota planning scenario ${params.planningScenarioId}` },
        ]);
    }
    const changes = {
      ...(params.name !== undefined ? { name: params.name } : {}),
      ...(params.effectiveFrom !== undefined ? { effectiveFrom: params.effectiveFrom } : {}),
      ...(params.settings !== undefined ? { settings: params.settings } : {}),
      ...(params.planningScenarioId !== undefined ? { planningScenarioId: params.planningScenarioId } : {}),
    };
    if (Object.keys(changes).length > 0)
      await db.update(territoryPlans).set(changes).where(eq(territoryPlans.id, params.planId));
    await bumpPlanRevision(db, params.planId, params.now);
    await recordTerritoryEvent(db, {
      workspaceId,
      planId: params.planId,
      actorId: viewer.userId,
      action: "plan.updated",
      detail: changes,
    });
  });
  return loadTerritoryPlan(database.db, workspaceId, params.planId);
}
