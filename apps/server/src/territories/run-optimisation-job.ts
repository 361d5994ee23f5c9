import { eq } from "drizzle-orm";
import { type AttainDatabase, territoryOptimisations } from "@attain/db";
import { balanceTerritories, TerritoryInputError } from "@attain/engine";
import type { JobHandler } from "../jobs/types";
import { buildBalanceProblem } from "./build-balance-input";
import { computePlanCoverage } from "./compute-plan-coverage";
import { loadHighsSolver } from "./load-highs-solver";
import { loadPlanContext } from "./load-territory-plan";
import { DEFAULT_BAND, type OptimisationOptions } from "./start-optimisation";

/** The job that balances one territory_optimisations row (payload `{ optimisationId }`). */
export const runOptimisationJob: JobHandler = async ({ database, job }) => {
  const optimisationId = job.payload.optimisationId;
  if (typeof optimisationId !== "string") throw new Error("An optimisation job needs an optimisationId.");
  return executeOptimisation(database, optimisationId);
};

/**
 * Loads the plan as it is now, builds the balancing problem (scope, workload from tier, allowed territories from the
 * rules), solves it (HiGHS loaded only when the method may need it) and stores the proposal. Infeasible or invalid
 * input ends the run `failed` with the engine's issues by constraint — the job itself succeeds, it did its work.
 * A run already finished (a re-run after a crash) is left as it is.
 */
export async function executeOptimisation(
  database: AttainDatabase,
  optimisationId: string,
): Promise<{ status: string }> {
  const { db } = database;
  const [run] = await db
    .select()
    .from(territoryOptimisations)
    .where(eq(territoryOptimisations.id, optimisationId));
  if (!run) throw new Error(`No territory optimisation ${optimisationId}.`);
  if (run.status !== "queued" && run.status !== "running") return { status: run.status };
  await db
    .update(territoryOptimisations)
    .set({ status: "running" })
    .where(eq(territoryOptimisations.id, run.id));
  const options = run.options as OptimisationOptions;
  const started = performance.now();
  const finish = (values: Partial<typeof territoryOptimisations.$inferInsert>) =>
    db
      .update(territoryOptimisations)
      .set({ ...values, seconds: (performance.now() - started) / 1000 })
      .where(eq(territoryOptimisations.id, run.id));
  try {
    const { state, accounts } = await loadPlanContext(db, run.workspaceId, run.planId);
    const { report } = computePlanCoverage(state, accounts);
    const scope = options.territoryIds ? new Set(options.territoryIds) : null;
    const problem = buildBalanceProblem(state, accounts, report, scope);
    const solver = options.method === "heuristic" ? null : await loadHighsSolver();
    const result = balanceTerritories(
      {
        ...problem,
        options: {
          weights: options.weights,
          method: options.method,
          timeLimitSeconds: options.timeLimitSeconds,
          mipRelGap: options.mipRelGap,
          seed: options.seed,
          // Runs recorded before the band existed get the default.
          band: options.band === undefined ? DEFAULT_BAND : options.band,
          now: () => performance.now(),
        },
      },
      solver,
    );
    await finish({ status: "done", result, error: null });
    return { status: "done" };
  } catch (error) {
    if (!(error instanceof TerritoryInputError)) {
      await finish({
        status: "failed",
        error: { title: "Optimisation failed", errors: [{ path: "(run)", message: String(error) }] },
      });
      throw error;
    }
    const infeasible = error.issues.some((i) => i.code.startsWith("infeasible"));
    await finish({
      status: "failed",
      error: {
        title: infeasible ? "Infeasible balancing" : "Invalid balancing input",
        errors: error.issues.map((i) => ({ path: i.field ?? i.code, message: i.message })),
      },
    });
    return { status: "failed" };
  }
}
