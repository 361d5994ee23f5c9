import type { Db } from "@attain/db";
import type { Viewer } from "../auth/viewer";
import { loadTerritoryPlan } from "./load-territory-plan";
import type { PlanView } from "./schemas";
import { requireTerritoryReader } from "./territory-access";

/** One plan with its territories, owners and load. */
export async function getTerritoryPlan(db: Db, viewer: Viewer, planId: string): Promise<PlanView> {
  requireTerritoryReader(viewer);
  return loadTerritoryPlan(db, viewer.workspaceId, planId);
}
