import type { Db } from "@attain/db";
import { type AllocatedNode, type BottomUpNode, reconcile } from "@attain/engine";
import type { Viewer } from "../../auth/viewer";
import { loadGrid } from "../load-grid";
import { loadScenario } from "../load-scenario";
import { requireScenarioReader } from "../planning-access";
import { withPlanningProblems } from "../planning-problem";
import type { GridRow } from "../schemas";

export type Reconciliation = {
  scenarioId: string;
  rows: (ReturnType<typeof reconcile>[number] & {
    parentNodeId: string | null;
    name: string;
    kind: GridRow["kind"];
    depth: number;
  })[];
};

/**
 * GET …/reconciliation: each visible node's quota (top-down, as edited) against its bottom-up figures — capacity
 * (productivity × ramp × availability × utilisation) and potential × capture, which the engine's bottomUp computed
 * when the scenario was allocated and are stored beside each node — gaps and ratios by the engine's reconcile.
 */
export async function getScenarioReconciliation(
  db: Db,
  viewer: Viewer,
  params: { scenarioId: string; rootNodeId?: string | undefined },
): Promise<Reconciliation> {
  requireScenarioReader(viewer);
  const scenario = await loadScenario(db, viewer.workspaceId, params.scenarioId);
  const grid = await loadGrid(db, viewer, scenario, { rootNodeId: params.rootNodeId });
  const nodes: AllocatedNode[] = grid.rows.map((row) => ({
    id: row.nodeId,
    parentId: row.parentNodeId,
    kind: row.kind,
    name: row.name,
    depth: row.depth,
    annual: row.annual,
    months: row.months,
    childrenTotal: row.childrenTotal,
    share: null,
    locked: row.locked,
    trace: row.trace,
  }));
  const bottomUp: Record<string, BottomUpNode> = Object.fromEntries(
    grid.rows.map((row) => [
      row.nodeId,
      {
        id: row.nodeId,
        capacity: row.bottomUpCapacity ?? "0",
        potential: row.bottomUpPotential ?? "0",
        months: null,
        trace: [],
      },
    ]),
  );
  const rows = withPlanningProblems(() => reconcile(nodes, bottomUp), "reconciliation");
  return {
    scenarioId: scenario.id,
    rows: rows.map((row, i) => {
      const source = grid.rows[i]!;
      return {
        ...row,
        parentNodeId: source.parentNodeId,
        name: source.name,
        kind: source.kind,
        depth: source.depth,
      };
    }),
  };
}
