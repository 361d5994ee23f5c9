import { eq } from "drizzle-orm";
import { type AttainDatabase, planningScenarios } from "@attain/db";
import type { Viewer } from "../auth/viewer";
import { loadScenario } from "./load-scenario";
import { lockScenario } from "./lock-scenario";
import { requirePlanner } from "./planning-access";
import { recordPlanningEvent } from "./record-planning-event";
import type { Scenario } from "./schemas";

/** Renames a scenario (planners; any status — a name is not part of the plan, so published ones may be renamed). */
export async function renameScenario(
  database: AttainDatabase,
  viewer: Viewer,
  params: { scenarioId: string; name: string; now: Date },
): Promise<Scenario> {
  requirePlanner(viewer);
  const { workspaceId } = viewer;
  await database.transaction(async ({ db }) => {
    const row = await lockScenario(db, { workspaceId, scenarioId: params.scenarioId, draftOnly: false });
    await db
      .update(planningScenarios)
      .set({ name: params.name, updatedAt: params.now })
      .where(eq(planningScenarios.id, row.id));
    await recordPlanningEvent(db, {
      workspaceId,
      scenarioId: row.id,
      actorId: viewer.userId,
      action: "scenario.renamed",
      detail: { from: row.name, to: params.name },
    });
  });
  return loadScenario(database.db, workspaceId, params.scenarioId);
}
