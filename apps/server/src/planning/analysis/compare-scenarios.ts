import { subtractAmounts } from "@attain/engine";
import type { Viewer } from "../../auth/viewer";
import { problems } from "../../http/problem";
import type { CalcDb } from "../../compensation/calculation/calc-db";
import { loadPlanningWorkspace } from "../load-planning-workspace";
import { loadScenario } from "../load-scenario";
import { requireScenarioReader } from "../planning-access";
import type { GridRow } from "../schemas";
import { computeScenarioFigures } from "./compute-scenario-figures";
import type { Compare } from "./schemas";

/**
 * GET /api/planning/compare: two scenarios side by side (figures of each, computed the same way) and every node's
 * annual quota in both with the difference (other − base; a node missing from one side counts 0 there). Company-wide
 * figures — cost of sales included — so managers, who see only their part of a scenario, may not compare.
 */
export async function compareScenarios(
  database: CalcDb,
  viewer: Viewer,
  params: { base: string; other: string; today: string },
): Promise<Compare> {
  requireScenarioReader(viewer);
  if (viewer.role === "manager")
    throw problems.forbidden(
      "Scenario comparison shows company-wide figures: planners, HR and viewers only.",
    );
  const { calendar } = await loadPlanningWorkspace(database.db, viewer.workspaceId);
  const [baseScenario, otherScenario] = await Promise.all([
    loadScenario(database.db, viewer.workspaceId, params.base),
    loadScenario(database.db, viewer.workspaceId, params.other),
  ]);
  const common = { workspaceId: viewer.workspaceId, calendar, today: params.today };
  const base = await computeScenarioFigures(database, { ...common, scenario: baseScenario });
  const other = await computeScenarioFigures(database, { ...common, scenario: otherScenario });
  return { base: base.figures, other: other.figures, nodes: nodeDeltas(base.rows, other.rows) };
}

function nodeDeltas(base: readonly GridRow[], other: readonly GridRow[]): Compare["nodes"] {
  const otherById = new Map(other.map((row) => [row.nodeId, row]));
  const baseIds = new Set(base.map((row) => row.nodeId));
  const rows = [...base, ...other.filter((row) => !baseIds.has(row.nodeId))];
  return rows.map((row) => {
    const before = baseIds.has(row.nodeId) ? row.annual : null;
    const after = otherById.get(row.nodeId)?.annual ?? null;
    return {
      nodeId: row.nodeId,
      name: row.name,
      kind: row.kind,
      depth: row.depth,
      base: before,
      other: after,
      delta: subtractAmounts(after ?? "0", before ?? "0"),
    };
  });
}
