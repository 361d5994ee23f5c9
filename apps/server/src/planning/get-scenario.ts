import type { Db } from "@attain/db";
import type { Viewer } from "../auth/viewer";
import { loadGrid } from "./load-grid";
import { loadScenario } from "./load-scenario";
import { requireScenarioReader } from "./planning-access";
import type { Grid, Scenario } from "./schemas";

/** A scenario for a reader (planners, managers, HR, viewers). */
export async function getScenario(db: Db, viewer: Viewer, scenarioId: string): Promise<Scenario> {
  requireScenarioReader(viewer);
  return loadScenario(db, viewer.workspaceId, scenarioId);
}

/** A scenario's grid for a reader: a manager sees what they manage, others everything. */
export async function getGrid(
  db: Db,
  viewer: Viewer,
  params: { scenarioId: string; rootNodeId?: string | undefined },
): Promise<Grid> {
  requireScenarioReader(viewer);
  const scenario = await loadScenario(db, viewer.workspaceId, params.scenarioId);
  return loadGrid(db, viewer, scenario, { rootNodeId: params.rootNodeId });
}
