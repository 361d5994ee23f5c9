import { and, eq } from "drizzle-orm";
import { type Db, planningScenarios } from "@attain/db";
import { fiscalYearOf } from "@attain/engine";
import type { Viewer } from "../auth/viewer";
import { problems } from "../http/problem";
import { fiscalYearMonths } from "./fiscal-year-months";
import { loadPlanningWorkspace } from "./load-planning-workspace";
import { loadScenarioNodes } from "./load-scenario-nodes";
import { personNodeId } from "./build-planning-hierarchy";
import type { MyQuota } from "./schemas";

/**
 * The caller's own quota in the plan of record of a fiscal year (default: the current one, by the clock) — what a
 * rep may see of planning. 404 when no plan is published for the year or the caller is not in it.
 */
export async function getMyQuota(
  db: Db,
  viewer: Viewer,
  params: { fiscalYear?: number | undefined; today: string },
): Promise<MyQuota> {
  if (viewer.role === "marketing") throw problems.forbidden("Quota planning is not open to marketing.");
  if (!viewer.personId) throw problems.forbidden("Your user is not linked to a person, so it has no quota.");
  const { calendar } = await loadPlanningWorkspace(db, viewer.workspaceId);
  const fiscalYear = params.fiscalYear ?? fiscalYearOf(params.today, calendar);
  const [scenario] = await db
    .select()
    .from(planningScenarios)
    .where(
      and(
        eq(planningScenarios.workspaceId, viewer.workspaceId),
        eq(planningScenarios.fiscalYear, fiscalYear),
        eq(planningScenarios.measure, "bookings"),
        eq(planningScenarios.planOfRecord, true),
      ),
    );
  if (!scenario) throw problems.notFound(`A published plan for FY${fiscalYear}`);
  const months = fiscalYearMonths(fiscalYear, calendar);
  const nodes = await loadScenarioNodes(db, {
    workspaceId: viewer.workspaceId,
    scenarioId: scenario.id,
    months,
  });
  const mine = nodes.find((n) => n.nodeId === personNodeId(viewer.personId!));
  if (!mine) throw problems.notFound(`Your quota in the FY${fiscalYear} plan`);
  return {
    scenarioId: scenario.id,
    scenarioName: scenario.name,
    fiscalYear,
    version: scenario.version,
    currency: scenario.currency,
    personId: viewer.personId,
    name: mine.name,
    annual: mine.annual,
    months: months.map((month, i) => ({ month, amount: mine.months[i] ?? "0" })),
  };
}
