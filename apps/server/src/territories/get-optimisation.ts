import { and, eq } from "drizzle-orm";
import { type Db, territoryOptimisations } from "@attain/db";
import type { BalanceResult } from "@attain/engine";
import type { Viewer } from "../auth/viewer";
import { problems } from "../http/problem";
import { loadTerritoryAccounts } from "./load-territory-accounts";
import type { OptimisationView } from "./schemas";
import { requireTerritoryReader } from "./territory-access";

/** A balancing run: its status, options, error and proposal with the moves it makes (named, with potential). */
export async function getOptimisation(
  db: Db,
  viewer: Viewer,
  optimisationId: string,
): Promise<OptimisationView> {
  requireTerritoryReader(viewer);
  const [run] = await db
    .select()
    .from(territoryOptimisations)
    .where(
      and(
        eq(territoryOptimisations.workspaceId, viewer.workspaceId),
        eq(territoryOptimisations.id, optimisationId),
      ),
    );
  if (!run) throw problems.notFound("The optimisation");
  const result = run.result as BalanceResult | null;
  let moves: NonNullable<OptimisationView["result"]>["moves"] = [];
  if (result) {
    const accounts = new Map(
      // Names and potentials only: tiers do not matter here, so no segmentation is read.
      (
        await loadTerritoryAccounts(db, {
          workspaceId: viewer.workspaceId,
          tierSegmentation: null,
          asOf: run.createdAt.toISOString().slice(0, 10),
        })
      ).map((a) => [a.id, a]),
    );
    moves = result.assignments
      // Accounts that had no territory are placed: they are moves too (from nowhere).
      .filter((a) => a.moved || a.previousTerritoryId === null)
      .map((a) => ({
        accountId: a.accountId,
        name: accounts.get(a.accountId)?.name ?? a.accountId,
        fromTerritoryId: a.previousTerritoryId,
        toTerritoryId: a.territoryId,
        potential: accounts.get(a.accountId)?.potential ?? "0",
      }));
  }
  return {
    id: run.id,
    planId: run.planId,
    status: run.status,
    options: run.options,
    seconds: run.seconds,
    error: (run.error as OptimisationView["error"]) ?? null,
    result: result
      ? {
          method: result.method,
          solver: result.solver,
          objective: result.objective,
          warnings: result.warnings,
          before: result.before,
          after: result.metrics,
          moves,
        }
      : null,
  };
}
