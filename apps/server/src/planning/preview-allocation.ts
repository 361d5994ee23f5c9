import type { AttainDatabase } from "@attain/db";
import type { Viewer } from "../auth/viewer";
import { computeAllocation } from "./compute-allocation";
import { gridTotals } from "./grid-totals";
import { buildGridRows } from "./load-grid";
import { loadPlanningWorkspace } from "./load-planning-workspace";
import { loadScenario } from "./load-scenario";
import { loadScenarioNodes, type ScenarioNode } from "./load-scenario-nodes";
import { requirePlanner } from "./planning-access";
import { withPlanningProblems } from "./planning-problem";
import { resolveAssumptions } from "./resolve-assumptions";
import type { Assumptions, Grid } from "./schemas";
import { snapshotOf } from "./store-scenario-nodes";

/**
 * The grid the assumptions would give, computed and not stored (the allocation wizard's last step, planners): the
 * same checks (422) and allocation as PUT assumptions, on the scenario's snapshot; no row is editable or submitted.
 */
export async function previewAllocation(
  database: AttainDatabase,
  viewer: Viewer,
  params: { scenarioId: string; assumptions: Assumptions },
): Promise<Grid> {
  requirePlanner(viewer);
  const { db } = database;
  const { workspaceId } = viewer;
  const scenario = await loadScenario(db, workspaceId, params.scenarioId);
  const { calendar } = await loadPlanningWorkspace(db, workspaceId);
  const stored = await loadScenarioNodes(db, {
    workspaceId,
    scenarioId: scenario.id,
    months: scenario.months,
  });
  const snapshot = snapshotOf(stored);
  const learned = await db.query.planningScenarios.findFirst({
    columns: { learnedSeasonality: true },
    where: (s, { eq }) => eq(s.id, scenario.id),
  });
  const assumptions = resolveAssumptions(params.assumptions, {
    nodes: snapshot,
    months: scenario.months,
    learnedSeasonality: learned?.learnedSeasonality ?? null,
  });
  const computed = withPlanningProblems(() =>
    computeAllocation({
      nodes: snapshot,
      assumptions,
      fiscalYear: scenario.fiscalYear,
      calendar,
      currency: scenario.currency,
    }),
  );
  const storedOf = new Map(stored.map((n) => [n.nodeId, n]));
  const nodes: ScenarioNode[] = computed.map((n, position) => {
    const before = storedOf.get(n.id);
    return {
      workspaceId,
      scenarioId: scenario.id,
      nodeId: n.id,
      parentNodeId: n.parentId,
      kind: n.kind,
      personId: before?.personId ?? null,
      name: n.name,
      position,
      annual: n.annual,
      childrenTotal: n.childrenTotal,
      topDown: n.annual,
      bottomUpCapacity: n.bottomUpCapacity,
      bottomUpPotential: n.bottomUpPotential,
      drivers: before?.drivers ?? null,
      hireDate: before?.hireDate ?? null,
      leaveDate: before?.leaveDate ?? null,
      locked: n.locked,
      edited: false,
      trace: n.trace,
      months: n.months,
    };
  });
  const rows = buildGridRows(nodes, new Map(), new Set());
  return {
    scenarioId: scenario.id,
    revision: scenario.revision,
    months: scenario.months,
    rows,
    totals: gridTotals(rows, assumptions.target.annual),
  };
}
