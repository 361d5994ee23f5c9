import type { Db } from "@attain/db";
import type { Viewer } from "../../auth/viewer";
import { loadGrid } from "../load-grid";
import { loadScenario } from "../load-scenario";
import { requireScenarioReader } from "../planning-access";
import { writeQuotaSheet } from "./write-quota-sheet";

export type QuotaSheetFile = { fileName: string; body: Buffer };

/**
 * The XLSX quota sheet of a scenario as the viewer sees its grid (a manager: their subtree; `rootNodeId`: one node's
 * subtree), with the cells they may edit unlocked and the scenario's revision recorded for the re-import.
 */
export async function exportQuotaSheet(
  db: Db,
  viewer: Viewer,
  params: { scenarioId: string; rootNodeId?: string | undefined },
): Promise<QuotaSheetFile> {
  requireScenarioReader(viewer);
  const scenario = await loadScenario(db, viewer.workspaceId, params.scenarioId);
  const grid = await loadGrid(db, viewer, scenario, { rootNodeId: params.rootNodeId });
  const body = await writeQuotaSheet({
    scenarioId: scenario.id,
    scenarioName: scenario.name,
    revision: grid.revision,
    currency: scenario.currency,
    months: grid.months,
    rows: grid.rows,
  });
  const slug = scenario.name.replace(/[^\w.-]+/g, "_").slice(0, 60) || "scenario";
  return { fileName: `quotas-${slug}-r${grid.revision}.xlsx`, body };
}
