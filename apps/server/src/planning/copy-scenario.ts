import { sql } from "drizzle-orm";
import { type AttainDatabase, planningScenarios } from "@attain/db";
import type { Viewer } from "../auth/viewer";
import { unprocessable } from "../compensation/inputs/unprocessable";
import { loadScenario } from "./load-scenario";
import { recordPlanningEvent } from "./record-planning-event";
import type { CreateScenarioBody, Scenario } from "./schemas";

/**
 * A draft copy of a scenario of the same fiscal year and measure — typically the plan of record — with its
 * assumptions, hierarchy snapshot, quotas and edits, `basedOnId` naming the source. Submissions are not copied:
 * managers submit the new scenario afresh.
 */
export async function copyScenario(
  database: AttainDatabase,
  viewer: Viewer,
  body: CreateScenarioBody & { copyFrom: string },
): Promise<Scenario> {
  const { workspaceId } = viewer;
  const source = await loadScenario(database.db, workspaceId, body.copyFrom);
  const mismatch = [];
  if (source.fiscalYear !== body.fiscalYear)
    mismatch.push({
      path: "fiscalYear",
      message: `The copied scenario plans FY${source.fiscalYear}, not FY${body.fiscalYear}.`,
    });
  if (source.measure !== body.measure)
    mismatch.push({
      path: "measure",
      message: `The copied scenario plans ${source.measure}, not ${body.measure}.`,
    });
  if (mismatch.length > 0) throw unprocessable(mismatch);
  const id = await database.transaction(async ({ db }) => {
    const [row] = await db
      .insert(planningScenarios)
      .values({
        workspaceId,
        name: body.name,
        fiscalYear: source.fiscalYear,
        measure: source.measure,
        currency: source.currency,
        assumptions: source.assumptions,
        learnedSeasonality: sql`(select learned_seasonality from planning_scenarios where id = ${source.id})`,
        asOf: source.asOf,
        basedOnId: source.id,
        createdBy: viewer.userId,
      })
      .returning({ id: planningScenarios.id });
    const scenarioId = row!.id;
    await db.execute(sql`
      insert into planning_nodes (workspace_id, scenario_id, node_id, parent_node_id, kind, person_id, name, position,
                                  annual, children_total, top_down, bottom_up_capacity, bottom_up_potential, drivers,
                                  hire_date, leave_date, locked, edited, trace)
      select workspace_id, ${scenarioId}, node_id, parent_node_id, kind, person_id, name, position, annual,
             children_total, top_down, bottom_up_capacity, bottom_up_potential, drivers, hire_date, leave_date, locked,
             edited, trace
      from planning_nodes where workspace_id = ${workspaceId} and scenario_id = ${source.id}`);
    await db.execute(sql`
      insert into planning_quotas (workspace_id, scenario_id, node_id, month, amount)
      select workspace_id, ${scenarioId}, node_id, month, amount
      from planning_quotas where workspace_id = ${workspaceId} and scenario_id = ${source.id}`);
    await recordPlanningEvent(db, {
      workspaceId,
      scenarioId,
      actorId: viewer.userId,
      action: "scenario.created",
      detail: {
        name: body.name,
        copiedFrom: { id: source.id, name: source.name, revision: source.revision },
      },
    });
    return scenarioId;
  });
  return loadScenario(database.db, workspaceId, id);
}
