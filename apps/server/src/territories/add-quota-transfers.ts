import { eq } from "drizzle-orm";
import { type Db, planningScenarios } from "@attain/db";
import { computeAllocation } from "../planning/compute-allocation";
import { fiscalYearMonths } from "../planning/fiscal-year-months";
import { loadPlanningWorkspace } from "../planning/load-planning-workspace";
import { loadScenarioNodes } from "../planning/load-scenario-nodes";
import { bumpRevision, lockScenario } from "../planning/lock-scenario";
import { withPlanningProblems } from "../planning/planning-problem";
import { recordPlanningEvent } from "../planning/record-planning-event";
import { resolveAssumptions } from "../planning/resolve-assumptions";
import type { Assumptions } from "../planning/schemas";
import { snapshotOf, storeScenarioNodes } from "../planning/store-scenario-nodes";

export type QuotaTransfer = Assumptions["transfers"][number];

/**
 * Appends quota transfers to a draft quota scenario's assumptions and re-runs its allocation, as a planner's
 * assumptions change does (update-assumptions.ts), inside the caller's transaction. Transfers between people who are
 * not nodes of the scenario are left out (they have no quota there). Returns the transfers added.
 */
export async function addQuotaTransfers(
  db: Db,
  params: {
    workspaceId: string;
    scenarioId: string;
    transfers: QuotaTransfer[];
    actorId: string | null;
    now: Date;
  },
): Promise<QuotaTransfer[]> {
  const { workspaceId } = params;
  const workspace = await loadPlanningWorkspace(db, workspaceId);
  const row = await lockScenario(db, { workspaceId, scenarioId: params.scenarioId });
  const months = fiscalYearMonths(row.fiscalYear, workspace.calendar);
  const snapshot = snapshotOf(await loadScenarioNodes(db, { workspaceId, scenarioId: row.id, months }));
  const nodeIds = new Set(snapshot.map((n) => n.nodeId));
  const added = params.transfers.filter(
    (t) => nodeIds.has(t.fromNodeId) && nodeIds.has(t.toNodeId) && months.includes(t.effectiveMonth),
  );
  if (added.length === 0) return [];
  const before = row.assumptions as Assumptions;
  const assumptions = resolveAssumptions(
    { ...before, transfers: [...before.transfers, ...added] },
    { nodes: snapshot, months, learnedSeasonality: row.learnedSeasonality },
  );
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
  await recordPlanningEvent(db, {
    workspaceId,
    scenarioId: row.id,
    actorId: params.actorId,
    action: "assumptions.updated",
    detail: { revision, changed: ["transfers"], territoryTransfers: added.length },
  });
  return added;
}
