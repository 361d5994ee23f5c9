import type { DuplicateCredit } from "@attain/engine";
import type { AttainDatabase } from "@attain/db";
import type { CalcProblem } from "../calculation/calc-db";
import { recordCompEvent } from "../audit/record-comp-event";
import type { RunForJob } from "./load-run-for-job";
import type { UnassignedSummary } from "./summarise-unassigned";
import { writePriorPeriodAdjustments } from "./write-prior-period-adjustments";

/**
 * The swap, in one transaction: the run succeeds with its counts, plan versions and fingerprint. For an open period it
 * becomes the current run (the previous one stops being current) and the period is "calculated"; for a published or
 * paid period nothing of the period changes and the differences go into the earliest open period as adjustments.
 * Returns the number of adjustments written.
 */
export async function finishCalculationRun(
  database: AttainDatabase,
  params: {
    run: RunForJob;
    payeeCount: number;
    lineCount: number;
    recalculatedCount: number;
    planVersions: Record<string, number>;
    fingerprint: string;
    unassigned: UnassignedSummary[];
    problems: CalcProblem[];
    duplicates: DuplicateCredit[];
  },
): Promise<number> {
  const { run } = params;
  return database.transaction(async ({ db, sql }) => {
    // Runs of one period finish one at a time, so two cannot both become current.
    await sql.query("select pg_advisory_xact_lock(hashtextextended('comp_periods ' || $1 || ' ' || $2, 0))", [
      run.workspaceId,
      run.periodKey,
    ]);
    const [period] = await sql.query<{ status: string }>(
      "select status from comp_periods where workspace_id = $1 and period_key = $2 for update",
      [run.workspaceId, run.periodKey],
    );
    const closed = period?.status === "published" || period?.status === "paid";
    if (closed !== run.closed)
      throw new Error(
        `Period ${run.periodKey} was ${closed ? "closed" : "reopened"} while the run was calculating; run it again.`,
      );
    let adjustments = 0;
    if (closed) {
      adjustments = await writePriorPeriodAdjustments(sql, { run });
    } else {
      await sql.query(
        "update comp_runs set is_current = false where workspace_id = $1 and period_key = $2 and is_current",
        [run.workspaceId, run.periodKey],
      );
      await sql.query(
        `insert into comp_periods (workspace_id, period_key, period_start, period_end, status, current_run_id)
         values ($1, $2, $3, $4, 'calculated', $5)
         on conflict (workspace_id, period_key) do update
           set status = 'calculated', current_run_id = excluded.current_run_id, updated_at = now()`,
        [run.workspaceId, run.periodKey, run.periodStart, run.periodEnd, run.id],
      );
    }
    await sql.query(
      `update comp_runs set status = 'succeeded', is_current = $2, payee_count = $3, line_count = $4,
         recalculated_count = $5, plan_versions = $6, data_fingerprint = $7, unassigned = $8, problems = $9,
         duplicates = $10, finished_at = now(), error = null
       where id = $1`,
      [
        run.id,
        !closed,
        params.payeeCount,
        params.lineCount,
        params.recalculatedCount,
        JSON.stringify(params.planVersions),
        params.fingerprint,
        JSON.stringify(params.unassigned),
        JSON.stringify(params.problems),
        JSON.stringify(params.duplicates),
      ],
    );
    await recordCompEvent(db, {
      workspaceId: run.workspaceId,
      actorId: run.requestedBy,
      action: closed ? "run.adjusted_closed_period" : "run.succeeded",
      entity: "comp_run",
      entityId: run.id,
      before: null,
      after: {
        periodKey: run.periodKey,
        payeeCount: params.payeeCount,
        lineCount: params.lineCount,
        recalculatedCount: params.recalculatedCount,
        planVersions: params.planVersions,
        dataFingerprint: params.fingerprint,
        adjustments,
      },
    });
    return adjustments;
  });
}
