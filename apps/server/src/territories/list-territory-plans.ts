import { and, eq } from "drizzle-orm";
import { type Db, territoryPlans } from "@attain/db";
import type { Viewer } from "../auth/viewer";
import { buildPlanSummary } from "./build-plan-view";
import { loadPlanContext } from "./load-territory-plan";
import type { PlanSummary } from "./schemas";
import { requireTerritoryReader } from "./territory-access";

const statusOrder = { published: 1, draft: 2, archived: 3 } as const;

/** Every plan of the workspace: the plan of record first, then drafts (newest first), then archived ones. */
export async function listTerritoryPlans(db: Db, viewer: Viewer): Promise<PlanSummary[]> {
  requireTerritoryReader(viewer);
  const rows = await db
    .select({ id: territoryPlans.id })
    .from(territoryPlans)
    .where(and(eq(territoryPlans.workspaceId, viewer.workspaceId)));
  const summaries: PlanSummary[] = [];
  for (const row of rows) {
    const { state, accounts, coverage } = await loadPlanContext(db, viewer.workspaceId, row.id);
    summaries.push(buildPlanSummary(state, accounts, coverage));
  }
  const rank = (s: PlanSummary) => (s.planOfRecord ? 0 : statusOrder[s.status]);
  return summaries.sort(
    (a, b) => rank(a) - rank(b) || b.createdAt.localeCompare(a.createdAt) || a.name.localeCompare(b.name),
  );
}
