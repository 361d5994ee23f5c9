import type { Db } from "@attain/db";
import type { Viewer } from "../../auth/viewer";
import { loadGrid } from "../load-grid";
import { loadScenarioNodes } from "../load-scenario-nodes";
import type { GridRow, Scenario } from "../schemas";
import type { FairnessPerson } from "./build-fairness-reps";

export type ScenarioPeople = {
  /** The rows the viewer sees (all with viewer null), in grid order. */
  rows: GridRow[];
  /** Every node's name by id (teams of visible people included). */
  names: Map<string, string>;
  /** The visible person nodes with the hire and leave dates of the scenario's snapshot. */
  people: (FairnessPerson & { name: string; months: string[] })[];
};

/** A scenario's visible rows and its person nodes as the analyses need them (viewer null: the whole scenario). */
export async function loadScenarioPeople(
  db: Db,
  viewer: Viewer | null,
  workspaceId: string,
  scenario: Scenario,
  rootNodeId?: string,
): Promise<ScenarioPeople> {
  const [grid, nodes] = await Promise.all([
    loadGrid(db, viewer, scenario, { rootNodeId, workspaceId }),
    loadScenarioNodes(db, { workspaceId, scenarioId: scenario.id, months: scenario.months }),
  ]);
  const byId = new Map(nodes.map((n) => [n.nodeId, n]));
  const people = grid.rows.flatMap((row) => {
    const node = byId.get(row.nodeId);
    if (row.kind !== "person" || row.personId === null || !node) return [];
    return [
      {
        nodeId: row.nodeId,
        parentNodeId: row.parentNodeId,
        personId: row.personId,
        name: row.name,
        annual: row.annual,
        months: row.months,
        hireDate: node.hireDate,
        leaveDate: node.leaveDate,
      },
    ];
  });
  return { rows: grid.rows, names: new Map(nodes.map((n) => [n.nodeId, n.name])), people };
}
