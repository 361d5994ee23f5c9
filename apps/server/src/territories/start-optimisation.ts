import type { AttainDatabase } from "@attain/db";
import { territoryOptimisations } from "@attain/db";
import type { Viewer } from "../auth/viewer";
import { ApiError, type FieldProblem } from "../http/problem";
import { enqueueJob } from "../jobs/enqueue-job";
import { loadPlanState, primaryLeaves } from "./load-plan-state";
import { lockTerritoryPlan } from "./lock-territory-plan";
import { recordTerritoryEvent } from "./record-territory-event";
import type { OptimisationBody } from "./schemas";
import { requireTerritoryPlanner } from "./territory-access";

export const OPTIMISATION_JOB = "territories.optimise";
/** Every territory within ±5% of its target potential unless the request says otherwise. */
export const DEFAULT_BAND = 0.05;

/** The options a run records: the request with its defaults, and the plan revision it started from. */
export type OptimisationOptions = {
  territoryIds: string[] | null;
  weights: { potential: number; workload: number; compactness: number; disruption: number };
  method: "heuristic" | "milp" | "auto";
  timeLimitSeconds: number;
  mipRelGap: number;
  seed: number;
  /** ±share of each territory's target potential (soft: penalised beyond it); null = no band. */
  band: number | null;
  planRevision: number;
};

/**
 * Queues a balancing run of a draft (planners): checks the territories in scope are the plan's leaf primary
 * territories (422 naming `territoryIds[i]`), records the options with the plan's revision, and enqueues the job.
 */
export async function startOptimisation(
  database: AttainDatabase,
  viewer: Viewer,
  params: OptimisationBody & { planId: string },
): Promise<{ id: string; status: "queued" }> {
  requireTerritoryPlanner(viewer);
  const { workspaceId } = viewer;
  return database.transaction(async ({ db, sql }) => {
    const plan = await lockTerritoryPlan(db, { workspaceId, planId: params.planId });
    const state = await loadPlanState(db, workspaceId, params.planId);
    const leaves = new Set(primaryLeaves(state.territories).map((t) => t.id));
    const problems: FieldProblem[] = (params.territoryIds ?? []).flatMap((id, i) =>
      leaves.has(id)
        ? []
        : [{ path: `territoryIds[${i}]`, message: `${id} is not a leaf primary territory of this plan` }],
    );
    if (leaves.size === 0)
      problems.push({ path: "territoryIds", message: "The plan has no leaf primary territory" });
    if (problems.length > 0) throw new ApiError(422, "Invalid optimisation", undefined, problems);
    const options: OptimisationOptions = {
      territoryIds: params.territoryIds ? [...new Set(params.territoryIds)] : null,
      weights: params.weights ?? { potential: 1, workload: 0.5, compactness: 0.2, disruption: 0.3 },
      method: params.method ?? "auto",
      timeLimitSeconds: params.timeLimitSeconds ?? 20,
      mipRelGap: params.mipRelGap ?? 0.01,
      seed: params.seed ?? 1,
      band: params.band === undefined ? DEFAULT_BAND : params.band,
      planRevision: plan.revision,
    };
    const [row] = await db
      .insert(territoryOptimisations)
      .values({ workspaceId, planId: params.planId, options, createdBy: viewer.userId })
      .returning({ id: territoryOptimisations.id });
    const id = row!.id;
    await enqueueJob(sql, {
      workspaceId,
      kind: OPTIMISATION_JOB,
      payload: { optimisationId: id },
      createdBy: viewer.userId,
    });
    await recordTerritoryEvent(db, {
      workspaceId,
      planId: params.planId,
      actorId: viewer.userId,
      action: "optimisation.requested",
      detail: {
        optimisationId: id,
        method: options.method,
        territories: options.territoryIds?.length ?? null,
      },
    });
    return { id, status: "queued" as const };
  });
}
