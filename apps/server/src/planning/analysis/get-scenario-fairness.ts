import type { Db } from "@attain/db";
import type { Viewer } from "../../auth/viewer";
import { loadPlanningWorkspace } from "../load-planning-workspace";
import { loadScenario } from "../load-scenario";
import { requireScenarioReader } from "../planning-access";
import { loadScenarioPeople } from "./load-scenario-people";
import type { Fairness } from "./schemas";
import { simulateScenarioFairness } from "./simulate-scenario-fairness";

/**
 * GET …/fairness: each visible rep's predicted attainment distribution and the share expected to reach the
 * threshold, per team and for everyone shown (a manager: their part of the tree; `nodeId`: one node's subtree).
 * Draws and seed default to the scenario's assumptions, so the same scenario always gives the same figures.
 */
export async function getScenarioFairness(
  db: Db,
  viewer: Viewer,
  params: {
    scenarioId: string;
    draws?: number | undefined;
    seed?: number | undefined;
    nodeId?: string | undefined;
  },
): Promise<Fairness> {
  requireScenarioReader(viewer);
  const scenario = await loadScenario(db, viewer.workspaceId, params.scenarioId);
  const { calendar } = await loadPlanningWorkspace(db, viewer.workspaceId);
  const people = await loadScenarioPeople(db, viewer, viewer.workspaceId, scenario, params.nodeId);
  return simulateScenarioFairness(db, {
    workspaceId: viewer.workspaceId,
    scenario,
    calendar,
    people,
    draws: params.draws,
    seed: params.seed,
  });
}
