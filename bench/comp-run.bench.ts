import { spawn } from "node:child_process";
import { randomBytes } from "node:crypto";
import { fileURLToPath } from "node:url";
import pg from "pg";
import { type AttainDatabase, migrateDatabase, openDatabase } from "@attain/db";
import { calculatePayeePeriod } from "@attain/engine";
import { loadPeriodInputs } from "../apps/server/src/compensation/calculation/load-period-inputs";
import { executeCalculationRun } from "../apps/server/src/compensation/runs/execute-calculation-run";
import { aeBenchPlan, managerBenchPlan } from "./comp-run-plans";
import type { BenchResult } from "./types";

// A quarter (2026-Q1) for PAYEES payees and about LINES credited lines: each order line is credited to its owner (or
// split 60/40 between two AEs, one deal in ten) and rolled up to the owner's manager and director.
const payees = Number(process.env.BENCH_COMP_PAYEES ?? 2_000);
const creditedLines = Number(process.env.BENCH_COMP_LINES ?? 1_000_000);
const managersPerDirector = 10;
const aesPerManager = 9;

export const name = `calculation run, a quarter, ${payees.toLocaleString("en")} payees, ~${creditedLines.toLocaleString("en")} credited lines`;

/** Peak resident memory while `work` runs, sampled every 50 ms. */
async function withPeakRss<T>(work: () => Promise<T>): Promise<{ value: T; peakMb: number }> {
  let peak = process.memoryUsage().rss;
  const timer = setInterval(() => {
    peak = Math.max(peak, process.memoryUsage().rss);
  }, 50);
  try {
    const value = await work();
    return { value, peakMb: Math.round(Math.max(peak, process.memoryUsage().rss) / 1024 ** 2) };
  } finally {
    clearInterval(timer);
  }
}

type Org = { workspaceId: string; aes: string[]; lines: number };

export async function createCompany(database: AttainDatabase): Promise<Org> {
  const { sql } = database;
  const [ws] = await sql.query<{ id: string }>(
    "insert into workspaces (slug, name) values ($1, 'Comp bench') returning id",
    [`comp-bench-${Date.now()}`],
  );
  const workspaceId = ws!.id;
  const per = 1 + managersPerDirector * (1 + aesPerManager);
  const directors = Math.max(1, Math.round(payees / per));
  const people: string[] = [];
  const lines: string[] = [];
  const aes: string[] = [];
  const managers: string[] = [];
  // Ids are salted per company: people and opportunities have global primary keys, so two bench runs sharing one
  // PostgreSQL database (or a company left by an interrupted run) must not collide.
  const salt = randomBytes(4).toString("hex");
  const id = (n: number) => `${salt}-0000-4000-8000-${String(n).padStart(12, "0")}`;
  const dealId = (d: number) => `${salt}-0000-4000-9000-${String(d).padStart(12, "0")}`;
  let n = 0;
  for (let d = 0; d < directors && n < payees; d++) {
    const director = id(++n);
    people.push(`${workspaceId},${director},p${n},Director ${n},director`);
    for (let m = 0; m < managersPerDirector && n < payees; m++) {
      const manager = id(++n);
      managers.push(manager);
      people.push(`${workspaceId},${manager},p${n},Manager ${n},manager`);
      lines.push(`${workspaceId},${manager},${director},2020-01-01`);
      for (let a = 0; a < aesPerManager && n < payees; a++) {
        const ae = id(++n);
        aes.push(ae);
        people.push(`${workspaceId},${ae},p${n},Seller ${n},ae`);
        lines.push(`${workspaceId},${ae},${manager},2020-01-01`);
      }
    }
  }
  await sql.copyCsv(
    "people",
    ["workspace_id", "id", "external_id", "full_name", "job_role"],
    `${people.join("\n")}\n`,
  );
  await sql.copyCsv(
    "reporting_lines",
    ["workspace_id", "person_id", "manager_id", "valid_from"],
    `${lines.join("\n")}\n`,
  );

  const plans: [string, string][] = [];
  for (const plan of [aeBenchPlan(), managerBenchPlan()]) {
    const [row] = await sql.query<{ id: string }>(
      "insert into comp_plans (workspace_id, key, name) values ($1, $2, $3) returning id",
      [workspaceId, plan.key, plan.name],
    );
    await sql.query(
      `insert into comp_plan_versions (workspace_id, plan_id, version, status, definition, effective_from)
       values ($1, $2, 1, 'published', $3, $4)`,
      [workspaceId, row!.id, JSON.stringify(plan), plan.effectiveFrom],
    );
    plans.push([plan.key, row!.id]);
  }
  const planId = Object.fromEntries(plans);
  const assignments = [
    ...aes.map((p) => `${workspaceId},${p},${planId["ae-bench"]},2026-01-01,60000,EUR`),
    ...people
      .map((row) => row.split(","))
      .filter((cells) => cells[4] !== "ae")
      .map((cells) => `${workspaceId},${cells[1]},${planId["mgr-bench"]},2026-01-01,40000,EUR`),
  ];
  await sql.copyCsv(
    "comp_assignments",
    ["workspace_id", "person_id", "plan_id", "valid_from", "target_incentive", "currency"],
    `${assignments.join("\n")}\n`,
  );
  await sql.copyCsv(
    "comp_quotas",
    ["workspace_id", "person_id", "period_key", "amount", "currency"],
    `${aes.map((p) => `${workspaceId},${p},2026-Q1,250000.00,EUR`).join("\n")}\n`,
  );

  // Each line gives 3 credits (owner, manager, director); a split deal gives 5 (two AEs and their managers' chain).
  const transactions = Math.round(creditedLines / 3.2);
  const deals = Math.ceil(transactions / 4);
  const opportunities: string[] = [];
  const splits: string[] = [];
  for (let d = 0; d < deals; d++) {
    const opp = dealId(d);
    const owner = aes[d % aes.length]!;
    opportunities.push(`${workspaceId},${opp},D${d},Deal ${d},Closed Won,won,EUR,${owner}`);
    if (d % 10 === 0) {
      const other = aes[(d + 7) % aes.length]!;
      splits.push(`${workspaceId},${opp},${owner},0.6,split`, `${workspaceId},${opp},${other},0.4,split`);
    }
  }
  await sql.copyCsv(
    "opportunities",
    ["workspace_id", "id", "external_id", "name", "stage", "status", "currency", "owner_id"],
    `${opportunities.join("\n")}\n`,
  );
  await sql.copyCsv(
    "comp_credit_splits",
    ["workspace_id", "opportunity_id", "person_id", "share", "role"],
    `${splits.join("\n")}\n`,
  );
  let seed = 7;
  const next = () => {
    seed = (seed * 1103515245 + 12345) % 2147483648;
    return seed / 2147483648;
  };
  for (let from = 0; from < transactions; from += 100_000) {
    const batch: string[] = [];
    for (let t = from; t < Math.min(transactions, from + 100_000); t++) {
      const deal = Math.floor(t / 4);
      const cents = 50_000 + Math.floor(next() * 2_000_000);
      const day = String(1 + (t % 28)).padStart(2, "0");
      const month = String(1 + (t % 3)).padStart(2, "0");
      batch.push(
        `${workspaceId},L${t},SO${deal},booking,2026-${month}-${day},${dealId(deal)},${aes[deal % aes.length]},${Math.floor(cents / 100)}.${String(cents % 100).padStart(2, "0")},EUR`,
      );
    }
    await sql.copyCsv(
      "order_lines",
      [
        "workspace_id",
        "external_id",
        "order_number",
        "kind",
        "booking_date",
        "opportunity_id",
        "owner_id",
        "amount",
        "currency",
      ],
      `${batch.join("\n")}\n`,
    );
  }
  await sql.query("analyze order_lines");
  return { workspaceId, aes, lines: transactions };
}

export async function deleteCompany(database: AttainDatabase, workspaceId: string): Promise<void> {
  for (const table of ["comp_result_line_sets", "comp_results", "order_lines", "comp_runs", "jobs"])
    await database.sql.query(`delete from ${table} where workspace_id = $1`, [workspaceId]);
  await database.sql.query("delete from workspaces where id = $1", [workspaceId]);
}

async function measure(database: AttainDatabase, label: string): Promise<BenchResult[]> {
  await migrateDatabase(database);
  const org = await createCompany(database);
  try {
    // Floor: reading the same order lines into Node, as plain rows.
    const floorStart = performance.now();
    await database.sql.query(
      "select * from order_lines where workspace_id = $1 and booking_date between '2026-01-01' and '2026-03-31'",
      [org.workspaceId],
    );
    const floorMs = performance.now() - floorStart;

    const [run] = await database.sql.query<{ id: string }>(
      `insert into comp_runs (workspace_id, period_key, period_start, period_end)
       values ($1, '2026-Q1', '2026-01-01', '2026-03-31') returning id`,
      [org.workspaceId],
    );
    const startRss = Math.round(process.memoryUsage().rss / 1024 ** 2);
    const cpuStart = process.cpuUsage();
    const start = performance.now();
    const { value: outcome, peakMb } = await withPeakRss(() =>
      executeCalculationRun(database, run!.id, async () => {}),
    );
    const measuredMs = performance.now() - start;
    const cpu = process.cpuUsage(cpuStart);
    // Process CPU (main thread, GC threads, Brotli on the thread pool): less sensitive than wall time to a shared machine.
    const cpuS = ((cpu.user + cpu.system) / 1e6).toFixed(1);

    // Traces: the engine always writes them; their cost is serialising them (JSON) for the result lines.
    const loaded = await loadPeriodInputs(database, {
      workspaceId: org.workspaceId,
      periodKey: "2026-Q1",
      personIds: null,
    });
    const credits = loaded.inputs.reduce((sum, input) => sum + input.credits.length, 0);
    const calcStart = performance.now();
    const results = loaded.inputs.map(calculatePayeePeriod);
    const calcMs = performance.now() - calcStart;
    const traceStart = performance.now();
    let traceBytes = 0;
    for (const result of results)
      for (const line of result.lines) traceBytes += JSON.stringify(line.trace).length;
    const traceMs = performance.now() - traceStart;
    const detail = `${outcome.payeeCount} payees, ${credits.toLocaleString("en")} credits from ${org.lines.toLocaleString("en")} lines, ${outcome.lineCount.toLocaleString("en")} result lines, CPU ${cpuS} s, peak RSS ${peakMb} MB (${startRss} MB before the run); ${phasesOf(outcome.timings ?? {})}`;
    return [
      {
        name: `comp run 2026-Q1, ${label}`,
        measuredMs,
        floorMs,
        floorLabel: "SELECT of the quarter's order lines into Node",
        targetRatio: 2,
        detail,
      },
      {
        name: `traced vs untraced engine, ${label}`,
        measuredMs: calcMs + traceMs,
        floorMs: calcMs,
        floorLabel: "the engine alone (calculatePayeePeriod for every payee), without serialising traces",
        targetRatio: 1.5,
        detail: `${Math.round(traceBytes / 1024 ** 2)} MB of trace JSON`,
      },
    ];
  } finally {
    await deleteCompany(database, org.workspaceId);
  }
}

/** The run's phases in seconds: loading (its largest parts), engine, encoding, waiting for writes, the rest. */
function phasesOf(timings: Record<string, number>): string {
  const sum = (match: (phase: string) => boolean) =>
    Object.entries(timings).reduce((total, [phase, ms]) => (match(phase) ? total + ms : total), 0);
  const s = (ms: number) => `${(ms / 1000).toFixed(1)} s`;
  const load = sum((phase) => phase.startsWith("load."));
  const loadParts = ["transactions", "crediting", "assemble", "fingerprint"]
    .map((part) => `${part} ${s(timings[`load.${part}`] ?? 0)}`)
    .join(", ");
  return [
    `load ${s(load)} (${loadParts})`,
    `engine ${s(timings.engine ?? 0)}`,
    `encode ${s(timings["write.encode"] ?? 0)}`,
    `write wait ${s(sum((phase) => phase === "write.wait" || phase.startsWith("write.io")))}`,
    `COPY ${s(timings["write.copy (overlapped)"] ?? 0)} overlapped`,
    `copy + finish ${s((timings.copy ?? 0) + (timings.finish ?? 0))}`,
  ].join(", ");
}

/** BENCH_DATABASES=pglite or =postgres runs one of the two; both by default. */
const only = process.env.BENCH_DATABASES;
/** Set in the child process that measures one database (see `run`). */
const CHILD = "BENCH_COMP_CHILD";
const RESULTS_MARK = "comp-run results: ";

/**
 * Each database is measured in a child process of its own, so the peak RSS of one is not the other's leftovers (an
 * in-memory PGlite's WebAssembly memory never shrinks: measured after it in the same process, PostgreSQL's run showed
 * 4.3 GB). The child prints its results on one marked line; everything else it prints is passed through.
 */
export async function run(): Promise<BenchResult[]> {
  const results: BenchResult[] = [];
  for (const database of ["pglite", "postgres"] as const)
    if (!only || only === database) results.push(...(await runInChild(database)));
  return results;
}

function runInChild(database: "pglite" | "postgres"): Promise<BenchResult[]> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [...process.execArgv, fileURLToPath(import.meta.url)], {
      env: { ...process.env, [CHILD]: database },
      stdio: ["ignore", "pipe", "inherit"],
    });
    let results: BenchResult[] = [];
    let rest = "";
    child.stdout.setEncoding("utf8");
    child.stdout.on("data", (text: string) => {
      const lines = (rest + text).split("\n");
      rest = lines.pop() ?? "";
      for (const line of lines)
        if (line.startsWith(RESULTS_MARK))
          results = JSON.parse(line.slice(RESULTS_MARK.length)) as BenchResult[];
        else console.log(line);
    });
    child.on("error", reject);
    child.on("close", (code) =>
      code === 0 ? resolve(results) : reject(new Error(`comp-run bench (${database}) exited with ${code}`)),
    );
  });
}

async function measureOne(database: "pglite" | "postgres"): Promise<BenchResult[]> {
  if (database === "pglite") {
    const pglite = await openDatabase({ dataDir: "memory://" });
    try {
      return await measure(pglite, "PGlite (in memory)");
    } finally {
      await pglite.close();
    }
  }
  const url = process.env.DATABASE_URL ?? "postgres://postgres@127.0.0.1:5432/attain_bench";
  try {
    await ensureDatabase(url);
  } catch (error) {
    console.warn(
      `PostgreSQL at ${url} unavailable, skipped: ${error instanceof Error ? error.message : error}`,
    );
    return [];
  }
  const server = await openDatabase({ url });
  try {
    return await measure(server, "PostgreSQL");
  } finally {
    await server.close();
  }
}

const childDatabase = process.env[CHILD];
if (childDatabase === "pglite" || childDatabase === "postgres")
  console.log(RESULTS_MARK + JSON.stringify(await measureOne(childDatabase)));

async function ensureDatabase(url: string): Promise<void> {
  const target = new URL(url);
  const admin = new URL(url);
  admin.pathname = "/postgres";
  const client = new pg.Client({ connectionString: admin.toString() });
  await client.connect();
  try {
    const databaseName = target.pathname.slice(1);
    const found = await client.query("select 1 from pg_database where datname = $1", [databaseName]);
    if (found.rowCount === 0) await client.query(`create database "${databaseName.replaceAll('"', '""')}"`);
  } finally {
    await client.end();
  }
}
