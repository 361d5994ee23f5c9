import { and, eq, sql } from "drizzle-orm";
import { type Db, type TerritoryPlanRow, territoryPlans } from "@attain/db";
import { ApiError, problems } from "../http/problem";

/**
 * Locks a plan's row for the caller's transaction (two writers take turns) and checks it may be written: 404 when
 * not there, 409 `planStatus` when published or archived, 409 `currentRevision` when the write started from another
 * revision — so a second tab never overwrites newer work.
 */
export async function lockTerritoryPlan(
  db: Db,
  params: { workspaceId: string; planId: string; baseRevision?: number; draftOnly?: boolean },
): Promise<TerritoryPlanRow> {
  const [row] = await db
    .select()
    .from(territoryPlans)
    .where(and(eq(territoryPlans.workspaceId, params.workspaceId), eq(territoryPlans.id, params.planId)))
    .for("update");
  if (!row) throw problems.notFound("The territory plan");
  if ((params.draftOnly ?? true) && row.status !== "draft")
    throw new ApiError(
      409,
      "Plan is read-only",
      `The plan is ${row.status}; only drafts change.`,
      undefined,
      {
        planStatus: row.status,
      },
    );
  if (params.baseRevision !== undefined && params.baseRevision !== row.revision)
    throw new ApiError(
      409,
      "Stale revision",
      `The plan is at revision ${row.revision}, not ${params.baseRevision}: reload it and apply your change again.`,
      undefined,
      { currentRevision: row.revision },
    );
  return row;
}

/** The next revision, stamped with the time of the change. */
export async function bumpPlanRevision(db: Db, planId: string, now: Date): Promise<void> {
  await db
    .update(territoryPlans)
    .set({ revision: sql`${territoryPlans.revision} + 1`, updatedAt: now })
    .where(eq(territoryPlans.id, planId));
}
