import { calculatePayeePeriod, type PayeePeriodInput, type PayeePeriodResult } from "@attain/engine";
import type { AttainDatabase } from "@attain/db";
import type { CalcProblem } from "../calculation/calc-db";
import { loadPeriodInputs } from "../calculation/load-period-inputs";
import { createPhaseTimer, type PhaseTimings, roundTimings } from "../calculation/phase-timer";
import { copyPreviousResults } from "./copy-previous-results";
import { finishCalculationRun } from "./finish-calculation-run";
import { loadRunForJob } from "./load-run-for-job";
import { summariseUnassigned } from "./summarise-unassigned";
import { type PreparedResult, prepareResultRow, writeResultRows } from "./write-result-rows";

export const RUN_CHUNK_PAYEES = 100;
/** How long the engine runs before letting pending I/O (COPY data, packed documents) through. */
const YIELD_EVERY_MS = 10;

export type RunOutcome = {
  runId: string;
  payeeCount: number;
  lineCount: number;
  recalculatedCount: number;
  adjustments: number;
  /** Wall-clock milliseconds per phase (load.*, engine, write.*, copy, finish); logged when ATTAIN_RUN_TIMINGS=1. */
  timings?: PhaseTimings;
};

/**
 * The calculation job: loads the period's inputs, computes every payee in chunks (progress after each), writes the
 * results under the run's id while the period's current results stay as they are, then swaps in one transaction
 * (finishCalculationRun). A payee whose input fingerprint equals the one in the period's current results is copied,
 * not recomputed. On any failure the run's rows are deleted and the run marked failed; the previous results stand.
 * Idempotent: a retried job starts by deleting whatever an interrupted attempt wrote.
 */
export async function executeCalculationRun(
  database: AttainDatabase,
  runId: string,
  progress: (done: number, total: number) => Promise<void>,
): Promise<RunOutcome> {
  const { sql } = database;
  const timer = createPhaseTimer();
  const run = await loadRunForJob(sql, runId);
  if (run.status === "succeeded") return { runId, ...run.counts, adjustments: 0 };
  await sql.query("update comp_runs set status = 'running', error = null where id = $1", [runId]);
  await deleteRunRows(database, run.workspaceId, runId);
  try {
    timer.mark("run.prepare");
    const loaded = await loadPeriodInputs(database, {
      workspaceId: run.workspaceId,
      periodKey: run.periodKey,
      personIds: run.scope,
      timer,
    });
    const previous = await previousResults(database, run.workspaceId, run.periodKey, run.closed);
    timer.mark("run.previous");
    const problems: CalcProblem[] = [...loaded.problems];
    const total = loaded.inputs.length;
    await progress(0, total);
    let lineCount = 0;
    let recalculated = 0;
    const unchanged: string[] = [];
    const target = { workspaceId: run.workspaceId, runId, periodKey: run.periodKey };
    // Each input is dropped once calculated (the same array as loaded.inputs): memory falls as the run goes.
    const inputs: (PayeePeriodInput | undefined)[] = loaded.inputs;
    // One chunk's write is in flight while the next chunk is computed. The engine yields to the event loop every
    // few milliseconds, so the COPY's data keeps flowing to the server (and packed documents come back from the
    // thread pool) meanwhile; without yielding, a socket only takes what fits in its buffer until the chunk ends.
    let pending: Promise<number> | null = null;
    let chunk: PreparedResult[] = [];
    let chunkStart = 0;
    let lastYield = performance.now();
    try {
      for (let i = 0; i < total; i++) {
        const meta = loaded.meta[i]!;
        const input = inputs[i]!;
        inputs[i] = undefined;
        if (previous.fingerprints.get(meta.personId) === meta.fingerprint) unchanged.push(meta.personId);
        else {
          const result = calculateOne(input, problems);
          timer.mark("engine");
          chunk.push(prepareResultRow(target, meta, result));
          recalculated += 1;
          timer.mark("write.encode");
        }
        if (i + 1 - chunkStart === RUN_CHUNK_PAYEES || i + 1 === total) {
          if (pending) lineCount += await pending;
          await progress(chunkStart, total);
          timer.mark("write.wait");
          pending = writeResultRows(sql, chunk, timer);
          pending.catch(() => undefined); // awaited below; a rejection meanwhile must not be "unhandled"
          chunk = [];
          chunkStart = i + 1;
        }
        if (performance.now() - lastYield > YIELD_EVERY_MS) {
          await new Promise((resolve) => setImmediate(resolve));
          timer.mark("write.io (between payees)");
          lastYield = performance.now();
        }
      }
      if (pending) lineCount += await pending;
      timer.mark("write.wait");
    } finally {
      await pending?.catch(() => 0);
    }
    await progress(total, total);
    const calculated = new Set(loaded.meta.map((m) => m.personId));
    const outOfScope = run.scope ? [...previous.fingerprints.keys()].filter((id) => !calculated.has(id)) : [];
    if (previous.runId)
      lineCount += await copyPreviousResults(sql, {
        workspaceId: run.workspaceId,
        fromRunId: previous.runId,
        toRunId: runId,
        personIds: [...unchanged, ...outOfScope],
      });
    timer.mark("copy");
    const adjustments = await finishCalculationRun(database, {
      run,
      payeeCount: unchanged.length + recalculated + outOfScope.length,
      lineCount,
      recalculatedCount: recalculated,
      planVersions: loaded.planVersions,
      fingerprint: loaded.fingerprint,
      unassigned: summariseUnassigned(loaded.unassigned),
      problems,
      duplicates: loaded.duplicates,
    });
    timer.mark("finish");
    const timings = roundTimings(timer.timings);
    if (process.env.ATTAIN_RUN_TIMINGS === "1")
      console.info(`calculation run ${runId} (${run.periodKey}): ${JSON.stringify(timings)}`);
    return {
      runId,
      payeeCount: unchanged.length + recalculated + outOfScope.length,
      lineCount,
      recalculatedCount: recalculated,
      adjustments,
      timings,
    };
  } catch (error) {
    await deleteRunRows(database, run.workspaceId, runId).catch(() => undefined);
    const message = error instanceof Error ? error.message : String(error);
    await sql.query("update comp_runs set status = 'failed', error = $2, finished_at = now() where id = $1", [
      runId,
      message,
    ]);
    throw error;
  }
}

/** One payee; an engine error on one payee fails the run (a partial pay run is worse than none), naming the payee. */
function calculateOne(input: PayeePeriodInput, problems: CalcProblem[]): PayeePeriodResult {
  try {
    return calculatePayeePeriod(input);
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    problems.push({ code: "calculation_error", message, personId: input.payee.id });
    throw new Error(`Calculation of ${input.payee.name} (${input.payee.id}) failed: ${message}`);
  }
}

/**
 * The period's current results to reuse: their fingerprints by person. A closed (published or paid) period is compared
 * with, never copied from, so every payee is recomputed there.
 */
async function previousResults(
  database: AttainDatabase,
  workspaceId: string,
  periodKey: string,
  closed: boolean,
): Promise<{ runId: string | null; fingerprints: Map<string, string> }> {
  if (closed) return { runId: null, fingerprints: new Map() };
  const [period] = await database.sql.query<{ current_run_id: string | null }>(
    "select current_run_id from comp_periods where workspace_id = $1 and period_key = $2",
    [workspaceId, periodKey],
  );
  const runId = period?.current_run_id ?? null;
  if (!runId) return { runId: null, fingerprints: new Map() };
  const rows = await database.sql.query<{ person_id: string; input_fingerprint: string }>(
    "select person_id, input_fingerprint from comp_results where workspace_id = $1 and run_id = $2",
    [workspaceId, runId],
  );
  return { runId, fingerprints: new Map(rows.map((r) => [r.person_id, r.input_fingerprint])) };
}

async function deleteRunRows(database: AttainDatabase, workspaceId: string, runId: string): Promise<void> {
  await database.sql.query("delete from comp_result_line_sets where workspace_id = $1 and run_id = $2", [
    workspaceId,
    runId,
  ]);
  await database.sql.query("delete from comp_results where workspace_id = $1 and run_id = $2", [
    workspaceId,
    runId,
  ]);
}
