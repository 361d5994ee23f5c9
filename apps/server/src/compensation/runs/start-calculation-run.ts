import type { AttainDatabase } from "@attain/db";
import type { Viewer } from "../../auth/viewer";
import { problems } from "../../http/problem";
import { enqueueJob } from "../../jobs/enqueue-job";
import { resolveCalcPeriod } from "../calculation/resolve-calc-period";
import { recordCompEvent } from "../audit/record-comp-event";
import { loadWorkspace } from "../../revenue/resolve-revenue-request";
import { CALCULATION_JOB } from "./run-calculation-job";

/** Queues a calculation of `periodKey` (everyone on a plan, or only `personIds`): a comp_runs row and its job. */
export async function startCalculationRun(
  database: AttainDatabase,
  viewer: Viewer,
  params: { periodKey: string; personIds?: string[] | undefined },
): Promise<{ runId: string; jobId: string }> {
  const { workspaceId } = viewer;
  const workspace = await loadWorkspace(database.db, workspaceId);
  const { period } = resolveCalcPeriod(params.periodKey, workspace.calendar);
  const personIds = params.personIds ? [...new Set(params.personIds)].sort() : null;
  return database.transaction(async ({ db, sql }) => {
    if (personIds) {
      const found = await sql.query<{ id: string }>(
        "select id from people where workspace_id = $1 and id = any($2::uuid[])",
        [workspaceId, personIds],
      );
      const known = new Set(found.map((r) => r.id));
      const unknown = personIds.filter((id) => !known.has(id));
      if (unknown.length > 0)
        throw problems.invalid(
          unknown.map((id) => ({ path: "personIds", message: `No person ${id} in this workspace` })),
        );
    }
    const [run] = await sql.query<{ id: string }>(
      `insert into comp_runs (workspace_id, period_key, period_start, period_end, scope, requested_by)
       values ($1, $2, $3, $4, $5, $6) returning id`,
      [
        workspaceId,
        period.key,
        period.start,
        period.end,
        personIds ? JSON.stringify(personIds) : null,
        viewer.userId,
      ],
    );
    const runId = run!.id;
    const jobId = await enqueueJob(sql, {
      workspaceId,
      kind: CALCULATION_JOB,
      payload: { runId },
      createdBy: viewer.userId,
    });
    await sql.query("update comp_runs set job_id = $2 where id = $1", [runId, jobId]);
    await recordCompEvent(db, {
      workspaceId,
      actorId: viewer.userId,
      action: "run.requested",
      entity: "comp_run",
      entityId: runId,
      before: null,
      after: { periodKey: period.key, personIds, jobId },
    });
    return { runId, jobId };
  });
}
