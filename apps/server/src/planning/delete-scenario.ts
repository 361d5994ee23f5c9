import { and, eq } from "drizzle-orm";
import {
  type AttainDatabase,
  planningEvents,
  planningNodes,
  planningQuotas,
  planningScenarios,
} from "@attain/db";
import type { Viewer } from "../auth/viewer";
import { lockScenario } from "./lock-scenario";
import { requirePlanner } from "./planning-access";

/**
 * Deletes a draft scenario with its nodes, quotas, submissions and history (planners). Published and archived
 * scenarios are the record of what was in force: 409.
 */
export async function deleteScenario(
  database: AttainDatabase,
  viewer: Viewer,
  scenarioId: string,
): Promise<void> {
  requirePlanner(viewer);
  const { workspaceId } = viewer;
  await database.transaction(async ({ db }) => {
    await lockScenario(db, { workspaceId, scenarioId });
    await db
      .delete(planningQuotas)
      .where(and(eq(planningQuotas.workspaceId, workspaceId), eq(planningQuotas.scenarioId, scenarioId)));
    await db
      .delete(planningNodes)
      .where(and(eq(planningNodes.workspaceId, workspaceId), eq(planningNodes.scenarioId, scenarioId)));
    await db
      .delete(planningEvents)
      .where(and(eq(planningEvents.workspaceId, workspaceId), eq(planningEvents.scenarioId, scenarioId)));
    // Submissions go with the scenario (foreign key, on delete cascade).
    await db.delete(planningScenarios).where(eq(planningScenarios.id, scenarioId));
  });
}
