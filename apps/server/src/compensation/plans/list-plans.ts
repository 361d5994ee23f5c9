import type { Db } from "@attain/db";
import { planVersionSummaryOf } from "./plan-version-view";
import type { PlanVersionSummary } from "./schemas";
import { selectPlanVersions } from "./select-plan-versions";

/** Every plan of the workspace with its versions (oldest first), by key. */
export async function listPlans(db: Db, params: { workspaceId: string }) {
  const rows = await selectPlanVersions(db, params);
  const plans = new Map<string, { id: string; key: string; name: string; versions: PlanVersionSummary[] }>();
  for (const row of rows) {
    let plan = plans.get(row.key);
    if (!plan) {
      plan = { id: row.planId, key: row.key, name: row.name, versions: [] };
      plans.set(row.key, plan);
    }
    plan.versions.push(planVersionSummaryOf(row));
  }
  return { items: [...plans.values()] };
}
