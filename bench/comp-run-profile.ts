import { writeFileSync } from "node:fs";
import { Session } from "node:inspector/promises";
import { openDatabase, migrateDatabase } from "@attain/db";
import { createHash } from "node:crypto";
import { decodeResultLines } from "../apps/server/src/compensation/runs/decode-result-lines";
import { executeCalculationRun } from "../apps/server/src/compensation/runs/execute-calculation-run";
import { createCompany, deleteCompany } from "./comp-run.bench";

// A CPU profile of one calculation run (no floor, no second engine pass), for finding where the run's time goes:
// `BENCH_COMP_PAYEES=500 BENCH_COMP_LINES=250000 node --import tsx bench/comp-run-profile.ts [out.cpuprofile]`.
// DATABASE_URL picks PostgreSQL, PGlite in memory otherwise. COMP_PROFILE=0 times the run without profiling;
// COMP_PROFILE=heap writes a sampling heap profile of every allocation instead (.heapprofile, collected ones too).
// COMP_COMPARE=1 then runs the period again on the main thread (ATTAIN_RUN_WORKERS=0) and checks that every result
// row and every decoded line is the same.
const out = process.argv[2] ?? "comp-run.cpuprofile";
const database = process.env.DATABASE_URL
  ? await openDatabase({ url: process.env.DATABASE_URL })
  : await openDatabase({ dataDir: "memory://" });
await migrateDatabase(database);
const org = await createCompany(database);
try {
  const [run] = await database.sql.query<{ id: string }>(
    `insert into comp_runs (workspace_id, period_key, period_start, period_end)
     values ($1, '2026-Q1', '2026-01-01', '2026-03-31') returning id`,
    [org.workspaceId],
  );
  const heap = process.env.COMP_PROFILE === "heap";
  const profile = process.env.COMP_PROFILE !== "0" && !heap;
  const session = new Session();
  if (heap) {
    session.connect();
    await session.post("HeapProfiler.startSampling", {
      samplingInterval: 64 * 1024,
      includeObjectsCollectedByMajorGC: true,
      includeObjectsCollectedByMinorGC: true,
    });
  }
  if (profile) {
    session.connect();
    await session.post("Profiler.enable");
    await session.post("Profiler.setSamplingInterval", { interval: 500 });
    await session.post("Profiler.start");
  }
  const cpu = process.cpuUsage();
  const start = performance.now();
  const outcome = await executeCalculationRun(database, run!.id, async () => {});
  const ms = performance.now() - start;
  const used = process.cpuUsage(cpu);
  if (heap) {
    const { profile: result } = await session.post("HeapProfiler.stopSampling");
    writeFileSync(out, JSON.stringify(result));
  }
  if (profile) {
    const { profile: result } = await session.post("Profiler.stop");
    writeFileSync(out, JSON.stringify(result));
  }
  console.log(
    JSON.stringify({
      ms: Math.round(ms),
      cpuMs: Math.round((used.user + used.system) / 1000),
      lines: outcome.lineCount,
      payees: outcome.payeeCount,
      timings: outcome.timings,
    }),
  );
  if (process.env.COMP_COMPARE === "1") {
    const first = await digestOf(run!.id);
    await database.sql.query("update comp_periods set current_run_id = null where workspace_id = $1", [
      org.workspaceId,
    ]);
    const [again] = await database.sql.query<{ id: string }>(
      `insert into comp_runs (workspace_id, period_key, period_start, period_end)
       values ($1, '2026-Q1', '2026-01-01', '2026-03-31') returning id`,
      [org.workspaceId],
    );
    const workers = process.env.ATTAIN_RUN_WORKERS;
    process.env.ATTAIN_RUN_WORKERS = "0";
    const start = performance.now();
    const cpuAgain = process.cpuUsage();
    const outcomeAgain = await executeCalculationRun(database, again!.id, async () => {});
    const ms = performance.now() - start;
    const usedAgain = process.cpuUsage(cpuAgain);
    process.env.ATTAIN_RUN_WORKERS = workers;
    const second = await digestOf(again!.id);
    console.log(
      JSON.stringify({
        sameResults: first === second,
        first,
        second,
        mainThreadMs: Math.round(ms),
        mainThreadCpuMs: Math.round((usedAgain.user + usedAgain.system) / 1000),
        timings: outcomeAgain.timings,
      }),
    );
  }
} finally {
  await deleteCompany(database, org.workspaceId);
  await database.close();
}

/** SHA-256 over every result of the run (by person) and its decoded lines, without the ids a run draws. */
async function digestOf(runId: string): Promise<string> {
  const rows = await database.sql.query<Record<string, unknown> & { lines: string }>(
    `select r.person_id, r.plan_version_id, r.currency, r.earned, r.payable, r.totals, r.attainment, r.carry,
            r.next_tier, r.input_fingerprint, r.line_count, r.line_totals, s.lines
     from comp_results r join comp_result_line_sets s on s.id = r.line_set_id
     where r.workspace_id = $1 and r.run_id = $2 order by r.person_id`,
    [org.workspaceId, runId],
  );
  const hash = createHash("sha256");
  for (const { lines, ...row } of rows)
    hash.update(JSON.stringify(row)).update(JSON.stringify(decodeResultLines(lines)));
  return `${rows.length} results, ${hash.digest("hex").slice(0, 16)}`;
}
