import type { Db } from "@attain/db";
import { loadWorkspace } from "../../revenue/resolve-revenue-request";
import { resolveCalcPeriod } from "../calculation/resolve-calc-period";

/** The last day of a pay period in the workspace's fiscal calendar ("2026-Q1" → "2026-03-31" with a January start). */
export async function resolvePeriodEnd(
  db: Db,
  params: { workspaceId: string; periodKey: string },
): Promise<string> {
  const workspace = await loadWorkspace(db, params.workspaceId);
  return resolveCalcPeriod(params.periodKey, workspace.calendar).period.end;
}
