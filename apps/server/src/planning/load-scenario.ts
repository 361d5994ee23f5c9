import { sql } from "drizzle-orm";
import type { Db } from "@attain/db";
import { problems } from "../http/problem";
import { fiscalYearMonths } from "./fiscal-year-months";
import { loadPlanningWorkspace } from "./load-planning-workspace";
import type { Assumptions, Scenario } from "./schemas";
import { selectScenarioSummaries } from "./select-scenario-summaries";

/** A scenario of the workspace with its assumptions and fiscal months; 404 when it is not there (or not this workspace's). */
export async function loadScenario(db: Db, workspaceId: string, scenarioId: string): Promise<Scenario> {
  const [record] = await selectScenarioSummaries(db, workspaceId, sql`s.id = ${scenarioId}`);
  if (!record) throw problems.notFound("The scenario");
  const { calendar } = await loadPlanningWorkspace(db, workspaceId);
  return {
    ...record.summary,
    assumptions: record.row.assumptions as Assumptions,
    months: fiscalYearMonths(record.row.fiscalYear, calendar),
  };
}
