import { and, eq, sql } from "drizzle-orm";
import { type Db, type PlanningScenarioRow, planningScenarios } from "@attain/db";
import { ApiError, problems } from "../http/problem";

/**
 * Locks a scenario's row for the caller's transaction (so two writers take turns) and checks it may be written:
 * 404 when not there, 409 when published or archived (read-only), 409 with the current revision when the write
 * started from another one (`baseRevision`), so a second tab or an offline sheet never overwrites newer work.
 */
export async function lockScenario(
  db: Db,
  params: { workspaceId: string; scenarioId: string; baseRevision?: number; draftOnly?: boolean },
): Promise<PlanningScenarioRow> {
  const [row] = await db
    .select()
    .from(planningScenarios)
    .where(
      and(eq(planningScenarios.workspaceId, params.workspaceId), eq(planningScenarios.id, params.scenarioId)),
    )
    .for("update");
  if (!row) throw problems.notFound("The scenario");
  if ((params.draftOnly ?? true) && row.status !== "draft")
    throw new ApiError(
      409,
      "Scenario is read-only",
      `The scenario is ${row.status}; only drafts change.`,
      undefined,
      {
        scenarioStatus: row.status,
      },
    );
  if (params.baseRevision !== undefined && params.baseRevision !== row.revision)
    throw new ApiError(
      409,
      "Stale revision",
      `The scenario is at revision ${row.revision}, not ${params.baseRevision}: reload it and apply your change again.`,
      undefined,
      { currentRevision: row.revision },
    );
  return row;
}

/** The next revision, stamped with the time of the change. */
export async function bumpRevision(db: Db, row: PlanningScenarioRow, now: Date): Promise<number> {
  const next = row.revision + 1;
  await db
    .update(planningScenarios)
    .set({ revision: sql`${planningScenarios.revision} + 1`, updatedAt: now })
    .where(eq(planningScenarios.id, row.id));
  return next;
}
