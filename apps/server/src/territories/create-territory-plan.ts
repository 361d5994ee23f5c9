import { eq } from "drizzle-orm";
import { type AttainDatabase, territoryPlans, workspaces } from "@attain/db";
import type { Viewer } from "../auth/viewer";
import { problems } from "../http/problem";
import { defaultPlanSettings } from "./default-plan-settings";
import { loadPlanState } from "./load-plan-state";
import { loadTerritoryPlan } from "./load-territory-plan";
import { planDrafts } from "./plan-drafts";
import { recordTerritoryEvent } from "./record-territory-event";
import type { CreatePlanBody, PlanView } from "./schemas";
import { seedOwnershipTerritories } from "./seed-ownership-territories";
import { requireTerritoryPlanner } from "./territory-access";
import { writePlanRows } from "./write-plan-rows";

/**
 * A new draft plan (planners): a copy of `copyFrom` (territories with their keys, rules, owners, assignments and
 * settings), today's ownership (`seed: "ownership"`, the default) or nothing (`"empty"`), in one transaction with a
 * `plan.created` event.
 */
export async function createTerritoryPlan(
  database: AttainDatabase,
  viewer: Viewer,
  body: CreatePlanBody,
): Promise<PlanView> {
  requireTerritoryPlanner(viewer);
  const { workspaceId } = viewer;
  const [workspace] = await database.db
    .select({ currency: workspaces.reportingCurrency })
    .from(workspaces)
    .where(eq(workspaces.id, workspaceId));
  if (!workspace) throw problems.notFound("The workspace");
  const source = body.copyFrom ? await loadPlanState(database.db, workspaceId, body.copyFrom) : null;
  const seed = source ? "copy" : (body.seed ?? "ownership");
  const rows = source
    ? planDrafts(source)
    : seed === "ownership"
      ? await seedOwnershipTerritories(database.db, { workspaceId, asOf: body.effectiveFrom })
      : { territories: [], owners: [], assignments: [] };
  const planId = await database.transaction(async ({ db }) => {
    const [row] = await db
      .insert(territoryPlans)
      .values({
        workspaceId,
        name: body.name,
        effectiveFrom: body.effectiveFrom,
        currency: workspace.currency,
        basedOnId: source?.plan.id ?? null,
        planningScenarioId: source?.plan.planningScenarioId ?? null,
        settings: source?.plan.settings ?? defaultPlanSettings,
        createdBy: viewer.userId,
      })
      .returning({ id: territoryPlans.id });
    const id = row!.id;
    await writePlanRows(db, { workspaceId, planId: id, ...rows });
    await recordTerritoryEvent(db, {
      workspaceId,
      planId: id,
      actorId: viewer.userId,
      action: "plan.created",
      detail: {
        name: body.name,
        effectiveFrom: body.effectiveFrom,
        seed,
        copyFrom: source?.plan.id ?? null,
        territories: rows.territories.length,
        assigned: rows.assignments.length,
      },
    });
    return id;
  });
  return loadTerritoryPlan(database.db, workspaceId, planId);
}
