import type { Db } from "@attain/db";
import type { Viewer } from "../auth/viewer";
import { loadPlanContext } from "./load-territory-plan";
import type { CoverageView } from "./schemas";
import { requireTerritoryReader } from "./territory-access";

/** The plan's gaps, unresolved overlaps, accounts without coordinates and load per territory. */
export async function getPlanCoverage(db: Db, viewer: Viewer, planId: string): Promise<CoverageView> {
  requireTerritoryReader(viewer);
  return (await loadPlanContext(db, viewer.workspaceId, planId)).coverage;
}
