import type { Db } from "@attain/db";
import { problems } from "../../http/problem";
import type { PlanVersionRow } from "./plan-version-view";
import { selectPlanVersions } from "./select-plan-versions";

/** One version of a plan by key and number, or 404. */
export async function getPlanVersion(
  db: Db,
  params: { workspaceId: string; key: string; version: number },
): Promise<PlanVersionRow> {
  const [row] = await selectPlanVersions(db, params);
  if (!row) throw problems.notFound(`Version ${params.version} of plan "${params.key}"`);
  return row;
}
