import { type AttainDatabase, planningScenarios } from "@attain/db";
import { compareAmounts, fiscalYearRange, learnSeasonality } from "@attain/engine";
import type { Viewer } from "../auth/viewer";
import { buildSnapshot } from "./build-snapshot";
import { computeAllocation } from "./compute-allocation";
import { copyScenario } from "./copy-scenario";
import { defaultAssumptions } from "./default-assumptions";
import { fiscalYearMonths } from "./fiscal-year-months";
import { loadPlanningDrivers } from "./load-planning-drivers";
import { loadPlanningHierarchy } from "./load-planning-hierarchy";
import { loadPlanningWorkspace } from "./load-planning-workspace";
import { loadScenario } from "./load-scenario";
import { requirePlanner } from "./planning-access";
import { withPlanningProblems } from "./planning-problem";
import { recordPlanningEvent } from "./record-planning-event";
import type { CreateScenarioBody, Scenario } from "./schemas";
import { storeScenarioNodes } from "./store-scenario-nodes";

/**
 * A new draft scenario (planners). With `copyFrom`, a copy of that scenario (assumptions, nodes, quotas and edits).
 * Without, the hierarchy and drivers as of the fiscal year's first day, default assumptions from the workspace's
 * history (default-assumptions.ts) and their allocation — written in one transaction with a `scenario.created` event.
 */
export async function createScenario(
  database: AttainDatabase,
  viewer: Viewer,
  body: CreateScenarioBody,
): Promise<Scenario> {
  requirePlanner(viewer);
  if (body.copyFrom !== undefined)
    return copyScenario(database, viewer, { ...body, copyFrom: body.copyFrom });
  const { db } = database;
  const { workspaceId } = viewer;
  const workspace = await loadPlanningWorkspace(db, workspaceId);
  const range = fiscalYearRange(body.fiscalYear, workspace.calendar);
  const months = fiscalYearMonths(body.fiscalYear, workspace.calendar);
  const hierarchy = await loadPlanningHierarchy(db, {
    workspaceId,
    companyName: workspace.name,
    measure: body.measure,
    asOf: range.start,
    yearStart: range.start,
    yearEnd: range.end,
  });
  const drivers = await loadPlanningDrivers(db, {
    workspaceId,
    measure: body.measure,
    yearStart: range.start,
    yearEnd: range.end,
  });
  const learned = learnSeasonality({ history: drivers.companyMonthly, calendar: workspace.calendar });
  const assumptions = defaultAssumptions({
    lastYearTotal: drivers.lastYearTotal,
    seasonality: learned.weights,
    peopleWithHistory: [...drivers.history.values()].filter((h) => compareAmounts(h, "0") > 0).length,
  });
  const snapshot = buildSnapshot(hierarchy, drivers);
  const computed = withPlanningProblems(() =>
    computeAllocation({
      nodes: snapshot,
      assumptions,
      fiscalYear: body.fiscalYear,
      calendar: workspace.calendar,
      currency: workspace.currency,
    }),
  );
  const id = await database.transaction(async ({ db: tx }) => {
    const [row] = await tx
      .insert(planningScenarios)
      .values({
        workspaceId,
        name: body.name,
        fiscalYear: body.fiscalYear,
        measure: body.measure,
        currency: workspace.currency,
        assumptions,
        learnedSeasonality: { weights: learned.weights, years: learned.years },
        asOf: range.start,
        createdBy: viewer.userId,
      })
      .returning({ id: planningScenarios.id });
    const scenarioId = row!.id;
    await storeScenarioNodes(tx, { workspaceId, scenarioId, months, snapshot, computed });
    await recordPlanningEvent(tx, {
      workspaceId,
      scenarioId,
      actorId: viewer.userId,
      action: "scenario.created",
      detail: {
        name: body.name,
        fiscalYear: body.fiscalYear,
        people: hierarchy.people.size,
        seasonalityYears: learned.years,
      },
    });
    return scenarioId;
  });
  return loadScenario(db, workspaceId, id);
}
