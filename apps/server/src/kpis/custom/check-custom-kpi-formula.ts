import type { Db } from "@attain/db";
import { compileKpiFormula, type KpiFormulaCheck } from "@attain/engine";
import { loadWorkspaceKpis } from "../kpi-definitions";

/** Checks a custom KPI formula against the workspace's measures (built-in names and its family members). */
export async function checkCustomKpiFormula(
  db: Db,
  workspaceId: string,
  formula: string,
): Promise<KpiFormulaCheck> {
  const { knownMeasures } = await loadWorkspaceKpis(db, workspaceId);
  return compileKpiFormula(formula, knownMeasures);
}
