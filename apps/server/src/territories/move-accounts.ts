import { and, eq, inArray } from "drizzle-orm";
import { accounts, type AttainDatabase, territoryAccounts } from "@attain/db";
import type { Viewer } from "../auth/viewer";
import { ApiError, type FieldProblem } from "../http/problem";
import { loadPlanState, primaryLeaves } from "./load-plan-state";
import { bumpPlanRevision, lockTerritoryPlan } from "./lock-territory-plan";
import { loadTerritoryPlan } from "./load-territory-plan";
import { recordTerritoryEvent } from "./record-territory-event";
import type { MovesBody, PlanView } from "./schemas";
import { requireTerritoryPlanner } from "./territory-access";

/**
 * Moves accounts by hand (planners): each to a leaf primary territory of the plan, source `manual`, locked when
 * asked. Every move is checked first; one bad move (unknown account, a parent or overlay territory, an account
 * twice) is a 422 naming it and nothing moves.
 */
export async function moveAccounts(
  database: AttainDatabase,
  viewer: Viewer,
  params: MovesBody & { planId: string; now: Date },
): Promise<PlanView> {
  requireTerritoryPlanner(viewer);
  const { workspaceId } = viewer;
  const { planId } = params;
  await database.transaction(async ({ db }) => {
    await lockTerritoryPlan(db, { workspaceId, planId, baseRevision: params.baseRevision });
    const state = await loadPlanState(db, workspaceId, planId);
    const leaves = new Set(primaryLeaves(state.territories).map((t) => t.id));
    const inPlan = new Map(state.territories.map((t) => [t.id, t]));
    const accountIds = [...new Set(params.moves.map((m) => m.accountId))];
    const known = new Set(
      (
        await db
          .select({ id: accounts.id })
          .from(accounts)
          .where(and(eq(accounts.workspaceId, workspaceId), inArray(accounts.id, accountIds)))
      ).map((a) => a.id),
    );
    const problems: FieldProblem[] = [];
    const seen = new Set<string>();
    params.moves.forEach((m, i) => {
      if (!known.has(m.accountId))
        problems.push({ path: `moves[${i}].accountId`, message: `No account ${m.accountId}` });
      else if (seen.has(m.accountId))
        problems.push({ path: `moves[${i}].accountId`, message: `${m.accountId} is moved twice` });
      seen.add(m.accountId);
      const territory = inPlan.get(m.territoryId);
      if (!territory)
        problems.push({
          path: `moves[${i}].territoryId`,
          message: `No territory ${m.territoryId} in this plan`,
        });
      else if (!leaves.has(m.territoryId))
        problems.push({
          path: `moves[${i}].territoryId`,
          message: `${territory.key} ${territory.kind === "overlay" ? "is an overlay" : "has territories below it"}: accounts go to leaf primary territories`,
        });
    });
    if (problems.length > 0)
      throw new ApiError(422, "Invalid moves", "Nothing was moved; see `errors`.", problems);
    await db
      .delete(territoryAccounts)
      .where(and(eq(territoryAccounts.planId, planId), inArray(territoryAccounts.accountId, accountIds)));
    await db.insert(territoryAccounts).values(
      params.moves.map((m) => ({
        workspaceId,
        planId,
        accountId: m.accountId,
        territoryId: m.territoryId,
        source: "manual" as const,
        locked: m.locked ?? false,
      })),
    );
    const before = new Map(state.assignments.map((a) => [a.accountId, a.territoryId]));
    await bumpPlanRevision(db, planId, params.now);
    await recordTerritoryEvent(db, {
      workspaceId,
      planId,
      actorId: viewer.userId,
      action: "accounts.moved",
      detail: {
        moves: params.moves.map((m) => ({
          accountId: m.accountId,
          from: before.get(m.accountId) ?? null,
          to: m.territoryId,
        })),
      },
    });
  });
  return loadTerritoryPlan(database.db, workspaceId, planId);
}
