import type { Db } from "@attain/db";
import type { Viewer } from "../../auth/viewer";
import { loadGrid } from "../load-grid";
import { loadScenario } from "../load-scenario";
import { requireScenarioReader } from "../planning-access";
import { diffQuotaSheet, type QuotaSheetPreview } from "./diff-quota-sheet";
import { META_SHEET } from "./quota-sheet-layout";
import { readQuotaSheet } from "./read-quota-sheet";

/**
 * What re-importing an edited quota sheet would change, without writing anything: the changes (to send as
 * PATCH grid with `baseRevision`), the before/after of each, and every problem by sheet, row and column.
 */
export async function previewQuotaSheet(
  db: Db,
  viewer: Viewer,
  params: { scenarioId: string; file: Buffer },
): Promise<QuotaSheetPreview> {
  requireScenarioReader(viewer);
  const scenario = await loadScenario(db, viewer.workspaceId, params.scenarioId);
  const grid = await loadGrid(db, viewer, scenario);
  const preview = diffQuotaSheet(await readQuotaSheet(params.file), grid);
  if (scenario.status !== "draft" && preview.changes.length + preview.errors.length > 0)
    preview.errors.unshift({
      sheet: META_SHEET,
      row: 0,
      field: "scenario",
      message: `The scenario is ${scenario.status}, so it is read-only: copy it into a new scenario to change quotas.`,
    });
  return preview;
}
