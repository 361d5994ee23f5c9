import type { Db } from "@attain/db";
import type { Viewer } from "../../auth/viewer";
import { loadScenario } from "../load-scenario";
import { requireScenarioReader } from "../planning-access";
import { loadScenarioPeople } from "./load-scenario-people";
import { planScenarioCapacity, type ScenarioCapacity } from "./plan-scenario-capacity";

/**
 * GET …/capacity: the company's capacity plan for the scenario (the headcount and hires the whole target needs, so
 * it reads every person node whoever asks) and its sensitivity.
 */
export async function getScenarioCapacity(
  db: Db,
  viewer: Viewer,
  params: { scenarioId: string; today: string },
): Promise<ScenarioCapacity> {
  requireScenarioReader(viewer);
  const scenario = await loadScenario(db, viewer.workspaceId, params.scenarioId);
  const { people } = await loadScenarioPeople(db, null, viewer.workspaceId, scenario);
  return planScenarioCapacity(scenario, people, params.today);
}
