import { and, eq } from "drizzle-orm";
import { type AttainDatabase, territoryEvents, territoryPlans } from "@attain/db";
import type { Viewer } from "../auth/viewer";
import { lockTerritoryPlan } from "./lock-territory-plan";
import { requireTerritoryPlanner } from "./territory-access";

/**
 * Deletes a draft with its territories, assignments, owners, optimisations (foreign keys, on delete cascade) and
 * history (planners). Published and archived plans are the record of who owned what: 409.
 */
export async function deleteTerritoryPlan(
  database: AttainDatabase,
  viewer: Viewer,
  planId: string,
): Promise<void> {
  requireTerritoryPlanner(viewer);
  const { workspaceId } = viewer;
  await database.transaction(async ({ db }) => {
    await lockTerritoryPlan(db, { workspaceId, planId });
    await db
      .delete(territoryEvents)
      .where(and(eq(territoryEvents.workspaceId, workspaceId), eq(territoryEvents.planId, planId)));
    await db.delete(territoryPlans).where(eq(territoryPlans.id, planId));
  });
}
