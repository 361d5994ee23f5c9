import { and, eq, inArray } from "drizzle-orm";
import { type AttainDatabase, planningScenarios, planningSubmissions } from "@attain/db";
import type { Viewer } from "../auth/viewer";
import { unprocessable } from "../compensation/inputs/unprocessable";
import { checkCompPlanChoices } from "./comp-plans/check-comp-plan-choices";
import { computeAllocation } from "./compute-allocation";
import { fiscalYearMonths } from "./fiscal-year-months";
import { loadPlanningWorkspace } from "./load-planning-workspace";
import { loadScenario } from "./load-scenario";
import { loadScenarioNodes } from "./load-scenario-nodes";
import { bumpRevision, lockScenario } from "./lock-scenario";
import { requirePlanner } from "./planning-access";
import { withPlanningProblems } from "./planning-problem";
import { recordPlanningEvent } from "./record-planning-event";
import { resolveAssumptions } from "./resolve-assumptions";
import type { Assumptions, Scenario } from "./schemas";
import { snapshotOf, storeScenarioNodes } from "./store-scenario-nodes";

/**
 * Replaces a draft's assumptions (planners) and re-runs the allocation on its snapshot: unlocked nodes get the new
 * amounts (their edits are replaced), locked ones keep theirs. Submitted and approved parts go back to draft — their
 * numbers changed under them. One transaction: assumptions, nodes, quotas, revision + 1 and the events.
 */
export async function updateAssumptions(
  database: AttainDatabase,
  viewer: Viewer,
  params: { scenarioId: string; baseRevision: number; assumptions: Assumptions; now: Date },
): Promise<Scenario> {
  requirePlanner(viewer);
  const { workspaceId } = viewer;
  const workspace = await loadPlanningWorkspace(database.db, workspaceId);
  // Read outside the transaction: plan versions are the compensation side's, the scenario does not lock them.
  const planProblems = await checkCompPlanChoices(database.db, {
    workspaceId,
    assumptions: params.assumptions,
  });
  if (planProblems.length > 0) throw unprocessable(planProblems);
  await database.transaction(async ({ db }) => {
    const row = await lockScenario(db, {
      workspaceId,
      scenarioId: params.scenarioId,
      baseRevision: params.baseRevision,
    });
    const months = fiscalYearMonths(row.fiscalYear, workspace.calendar);
    const snapshot = snapshotOf(await loadScenarioNodes(db, { workspaceId, scenarioId: row.id, months }));
    const assumptions = resolveAssumptions(params.assumptions, {
      nodes: snapshot,
      months,
      learnedSeasonality: row.learnedSeasonality,
    });
    const computed = withPlanningProblems(() =>
      computeAllocation({
        nodes: snapshot,
        assumptions,
        fiscalYear: row.fiscalYear,
        calendar: workspace.calendar,
        currency: row.currency,
      }),
    );
    await storeScenarioNodes(db, { workspaceId, scenarioId: row.id, months, snapshot, computed });
    await db.update(planningScenarios).set({ assumptions }).where(eq(planningScenarios.id, row.id));
    const revision = await bumpRevision(db, row, params.now);
    const reopened = await db
      .update(planningSubmissions)
      .set({ status: "draft", decidedBy: null, decidedAt: null })
      .where(
        and(
          eq(planningSubmissions.scenarioId, row.id),
          inArray(planningSubmissions.status, ["submitted", "approved"]),
        ),
      )
      .returning({ nodeId: planningSubmissions.nodeId });
    await recordPlanningEvent(db, {
      workspaceId,
      scenarioId: row.id,
      actorId: viewer.userId,
      action: "assumptions.updated",
      detail: {
        revision,
        changed: changedSections(row.assumptions as Assumptions, assumptions),
        target: assumptions.target.annual,
        reopenedSubmissions: reopened.map((r) => r.nodeId),
      },
    });
  });
  return loadScenario(database.db, workspaceId, params.scenarioId);
}

/** The top-level sections of the document that differ ("target", "allocation" …), for the history. */
function changedSections(before: Assumptions, after: Assumptions): string[] {
  return (Object.keys(after) as (keyof Assumptions)[]).filter(
    (key) => JSON.stringify(before[key]) !== JSON.stringify(after[key]),
  );
}
