import { createHash } from "node:crypto";
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import type { DashboardWidget } from "@attain/db";
import { migrateDatabase, migrationsFolder, openDatabase } from "@attain/db";
import { dashboardPresetDefinitions, presetOfRole } from "../apps/server/src/dashboards/presets";
import { DEMO_PASSWORD, demoCompanyExists, demoLogins, loadDemoCompany } from "../apps/server/src/demo";
import { rebuildKpiFacts } from "../apps/server/src/kpis";
import { type RunningAttain, startAttain } from "../apps/server/src/start-attain";
import { type LoadReport, type LoadRequest, runLoad, summarise } from "./http-load";
import type { BenchResult } from "./types";

// Issue 7, point 8: the preset dashboards' KPI requests on the demo at scale 11 (≥1M order lines, ≥200k deals), 20
// concurrent clients: p95 under 150 ms. What a browser asks for each preset (apps/server/src/dashboards/presets.ts):
// one GET /api/kpis/values (tile, trend and qualitative KPIs, trend=true, compare=previous_period), one breakdown per
// bar / leaderboard widget and per KPI of a table, one funnel per funnel widget; for six sign-ins (admin and viewer →
// executive, manager, rep, marketing, finance) and two periods (the default quarter, the year to date).
// Phases: warm (20 clients × BENCH_DASHBOARD_SECONDS, default 30), mixed (the same with a deal PATCHed through the API
// every second, a live stream open so the hub refreshes the facts), cold (after a write and its data-changed event,
// every distinct request once, 20 at a time; three rounds). Floor: PostgreSQL's own
// `select owner_id, sum(amount) from order_lines where workspace_id = $1 group by owner_id`, timed alone.
// Data: the demo loaded once into .bench-cache/<key>/ (PGlite) or, with DATABASE_URL, into a workspace "bench-<key>"
// on that server; reused while the key (scale, seed, today, migrations) holds. Standalone:
// `node --import tsx bench/dashboard-kpis.bench.ts`; knobs BENCH_DASHBOARD_SCALE, _SEED, _TODAY, _SECONDS, _COLD_ROUNDS,
// BENCH_DASHBOARD_PREPARE_ONLY=1 (load the cache and stop).
const scale = Number(process.env.BENCH_DASHBOARD_SCALE ?? 11);
const seed = Number(process.env.BENCH_DASHBOARD_SEED ?? 42);
const today = process.env.BENCH_DASHBOARD_TODAY ?? new Date().toISOString().slice(0, 10);
const databaseUrl = process.env.DATABASE_URL;
const cacheRoot = fileURLToPath(new URL("../.bench-cache/", import.meta.url));
const phaseMs = Number(process.env.BENCH_DASHBOARD_SECONDS ?? 30) * 1000;
const concurrency = 20;
const coldRounds = Number(process.env.BENCH_DASHBOARD_COLD_ROUNDS ?? 3);

export const name = `dashboard KPI API: demo scale ${scale}, 20 concurrent clients (${databaseUrl ? "PostgreSQL" : "PGlite"})`;

type Prepared = {
  dataDir: string | undefined;
  slug: string;
  counts: Record<string, number>;
  loadMs: number | null;
};

/**
 * The key of a cached demo: what changes its rows or its schema. Besides the number of migrations, a hash of their
 * journal: a regenerated migration (same count, new timestamp) would not apply to a database that ran the old one.
 */
function cacheKey(): string {
  const migrations = readdirSync(migrationsFolder).filter((file) => file.endsWith(".sql")).length;
  const journal = createHash("sha256")
    .update(readFileSync(join(migrationsFolder, "meta", "_journal.json")))
    .digest("hex")
    .slice(0, 8);
  return `dashboard-s${scale}-seed${seed}-${today}-m${migrations}-${journal}`;
}

/**
 * The demo at `scale`, loaded once per key: into a PGlite folder under .bench-cache/ (a `loaded.json` beside it marks
 * a finished load), or, with DATABASE_URL, into a workspace of its own slug on that server.
 */
async function prepareDemo(log: (line: string) => void): Promise<Prepared> {
  const key = cacheKey();
  const slug = databaseUrl ? `bench-${key}`.replaceAll(".", "-") : "demo";
  const folder = join(cacheRoot, key);
  const marker = join(folder, "loaded.json");
  if (!databaseUrl && existsSync(marker)) {
    const cached = JSON.parse(readFileSync(marker, "utf8")) as { counts: Record<string, number> };
    log(`reusing the cached demo in ${folder}`);
    return { dataDir: folder, slug, counts: cached.counts, loadMs: null };
  }
  if (!databaseUrl) {
    // An unfinished load (killed mid-way) left a folder without its marker: start again from nothing.
    rmSync(folder, { recursive: true, force: true });
    mkdirSync(folder, { recursive: true });
  }
  const database = await openDatabase({ url: databaseUrl, dataDir: join(folder, "db") });
  try {
    await migrateDatabase(database);
    if (databaseUrl && (await demoCompanyExists(database, slug))) {
      log(`reusing the demo workspace "${slug}" on the server`);
      return { dataDir: undefined, slug, counts: await countRows(database, slug), loadMs: null };
    }
    log(`loading the demo at scale ${scale} (seed ${seed}, today ${today}); this takes a while once…`);
    const started = performance.now();
    const loaded = await loadDemoCompany(database, { scale, seed, today, slug });
    const loadMs = performance.now() - started;
    log(
      `loaded in ${(loadMs / 1000).toFixed(0)} s (KPI facts built in ${(loaded.kpiFactsMs / 1000).toFixed(1)} s)`,
    );
    if (!databaseUrl) writeFileSync(marker, JSON.stringify({ counts: loaded.counts, loadMs }, null, 2));
    return { dataDir: databaseUrl ? undefined : folder, slug, counts: loaded.counts, loadMs };
  } finally {
    await database.close();
  }
}

async function countRows(
  database: Awaited<ReturnType<typeof openDatabase>>,
  slug: string,
): Promise<Record<string, number>> {
  const [row] = await database.sql.query<{ order_lines: number; opportunities: number }>(
    `select (select count(*)::int from order_lines o where o.workspace_id = w.id) as order_lines,
            (select count(*)::int from opportunities o where o.workspace_id = w.id) as opportunities
     from workspaces w where w.slug = $1`,
    [slug],
  );
  return { order_lines: row?.order_lines ?? 0, opportunities: row?.opportunities ?? 0 };
}

/** The requests a browser sends to show `widgets` (apps/web's dashboard page) with `filters` as query parameters. */
function dashboardRequests(widgets: DashboardWidget[], filters: string): { label: string; path: string }[] {
  const valueKeys = [
    ...new Set(
      widgets.filter((w) => ["tile", "trend", "qualitative"].includes(w.type)).flatMap((w) => w.kpis),
    ),
  ];
  const requests = [
    {
      label: "values",
      path: `/api/kpis/values?keys=${valueKeys.join(",")}&trend=true&compare=previous_period${filters}`,
    },
  ];
  for (const widget of widgets) {
    if (widget.type === "funnel" && widget.funnel)
      requests.push({ label: "funnel", path: `/api/kpis/funnel?funnel=${widget.funnel}${filters}` });
    if (["bar", "leaderboard", "table"].includes(widget.type) && widget.by) {
      const keys = widget.type === "table" ? widget.kpis : widget.kpis.slice(0, 1);
      const limit = widget.type === "leaderboard" ? "&limit=10" : "";
      for (const key of keys)
        requests.push({
          label: "breakdown",
          path: `/api/kpis/breakdown?key=${key}&by=${widget.by}${limit}${filters}`,
        });
    }
  }
  return requests;
}

async function signIn(url: string, email: string): Promise<string> {
  const response = await fetch(`${url}/api/auth/sign-in`, {
    method: "POST",
    headers: { "content-type": "application/json", origin: url },
    body: JSON.stringify({ email, password: DEMO_PASSWORD }),
  });
  if (response.status !== 200)
    throw new Error(`sign-in of ${email}: ${response.status} ${await response.text()}`);
  const [cookie] = response.headers.getSetCookie();
  return cookie!.split(";")[0]!;
}

/** A live stream of the admin: keeps the hub refreshing the workspace, and tells when a change was announced. */
async function openLiveStream(url: string, cookie: string) {
  const controller = new AbortController();
  const response = await fetch(`${url}/api/live/events`, { headers: { cookie }, signal: controller.signal });
  const reader = response.body!.pipeThrough(new TextDecoderStream()).getReader();
  let waiting: (() => void) | undefined;
  let changes = 0;
  void (async () => {
    try {
      for (;;) {
        const { value, done } = await reader.read();
        if (done) return;
        const count = value.split("event: data-changed").length - 1;
        if (count > 0) {
          changes += count;
          waiting?.();
        }
      }
    } catch {
      // Aborted at the end of the benchmark.
    }
  })();
  return {
    status: response.status,
    get changes() {
      return changes;
    },
    /** Resolves at the next data-changed event. */
    nextChange: () =>
      new Promise<void>((resolve) => {
        waiting = () => {
          waiting = undefined;
          resolve();
        };
      }),
    close: () => controller.abort(),
  };
}

async function bestOf(times: number, work: () => Promise<unknown>): Promise<number> {
  let best = Number.POSITIVE_INFINITY;
  for (let i = 0; i < times; i++) {
    const started = performance.now();
    await work();
    best = Math.min(best, performance.now() - started);
  }
  return best;
}

const ms = (value: number) => `${value.toFixed(0)} ms`;
const describeReport = (report: LoadReport) =>
  `${report.perSecond.toFixed(1)} req/s, p50 ${ms(report.p50)}, p95 ${ms(report.p95)}, p99 ${ms(report.p99)}, ` +
  `max ${ms(report.max)}, ${report.count} ok, ${report.errors} errors; p95 < 150 ms: ${report.p95 < 150 ? "yes" : "NO"}`;
const describeLabels = (report: LoadReport) =>
  Object.entries(report.byLabel)
    .map(([label, s]) => `${label} p50 ${ms(s.p50)} / p95 ${ms(s.p95)} (${s.count})`)
    .join(", ");

export async function run(): Promise<BenchResult[]> {
  const log = (line: string) => console.log(`  ${line}`);
  const prepared = await prepareDemo(log);
  log(
    `${(prepared.counts.order_lines ?? 0).toLocaleString("en")} order lines, ${(prepared.counts.opportunities ?? 0).toLocaleString("en")} opportunities`,
  );
  if (process.env.BENCH_DASHBOARD_PREPARE_ONLY === "1") return [];

  const running: RunningAttain = await startAttain({
    port: 0,
    dataDir: prepared.dataDir ?? ".bench-cache/postgres-uploads",
    databaseUrl,
    demo: false,
    today,
    quiet: true,
    webDist: "/nonexistent",
    signInsPerMinute: 100,
  });
  const stream: { close(): void }[] = [];
  try {
    return await measure(running, prepared, log, stream);
  } finally {
    for (const s of stream) s.close();
    await running.close();
  }
}

async function measure(
  running: RunningAttain,
  prepared: Prepared,
  log: (line: string) => void,
  streams: { close(): void }[],
): Promise<BenchResult[]> {
  const { url, database } = running;
  const [workspace] = await database.sql.query<{ id: string }>("select id from workspaces where slug = $1", [
    prepared.slug,
  ]);
  const workspaceId = workspace!.id;
  const floorMs = await bestOf(3, () =>
    database.sql.query(
      "select owner_id, sum(amount) from order_lines where workspace_id = $1 group by owner_id",
      [workspaceId],
    ),
  );
  log(`floor (group by owner over the order lines): ${ms(floorMs)}`);
  // A demo cached before the KPI module could build its facts has none yet: build them once (kept in the cache).
  const [state] = await database.sql.query<{ built: boolean }>(
    "select built_at is not null as built from kpi_fact_state where workspace_id = $1",
    [workspaceId],
  );
  if (!state?.built) {
    const started = performance.now();
    await rebuildKpiFacts(database, workspaceId);
    log(`KPI facts built in ${ms(performance.now() - started)}`);
  }

  // Six sign-ins, each with its role's preset, and two periods: the default quarter and the year to date.
  const presetCasts = new Set(["admin", "viewer", "manager", "rep", "marketing", "finance"]);
  const logins = demoLogins(prepared.slug).filter((login) => presetCasts.has(login.cast));
  const periods = ["", `&from=${today.slice(0, 4)}-01&to=${today.slice(0, 7)}`];
  const requests: LoadRequest[] = [];
  const cookies = new Map<string, string>();
  for (const login of logins) {
    const cookie = await signIn(url, login.email);
    cookies.set(login.role, cookie);
    const preset = dashboardPresetDefinitions[presetOfRole[login.role]];
    for (const period of periods)
      for (const request of dashboardRequests(preset.widgets, period))
        requests.push({ label: request.label, url: `${url}${request.path}`, headers: { cookie } });
  }
  log(
    `${requests.length} distinct requests (${logins.length} sign-ins × their preset × ${periods.length} periods)`,
  );

  // The first pass after start: every figure computed from the facts, nothing cached yet.
  const first = await runLoad({ requests, concurrency });
  log(`cold after start: ${describeReport(first)}`);
  for (const sample of first.errorSamples) log(`  error: ${sample}`);
  if (first.count === 0) {
    log("no request succeeded: is the KPI API there yet? (stopping)");
    return [];
  }

  const warm = await runLoad({ requests, concurrency, durationMs: phaseMs });
  log(`warm: ${describeReport(warm)}`);
  log(`  ${describeLabels(warm)}`);

  // Writes: open deals PATCHed by the admin, the amount moved by one unit and back, one a second.
  const admin = cookies.get("admin")!;
  const live = await openLiveStream(url, admin);
  streams.push(live);
  const deals = await database.sql.query<{ id: string; amount: string }>(
    `select id, amount::text from opportunities where workspace_id = $1 and status = 'open' and amount is not null
     order by id limit 40`,
    [workspaceId],
  );
  let writeCount = 0;
  const nextWrite = (): LoadRequest => {
    const deal = deals[writeCount % deals.length]!;
    const up = Math.floor(writeCount / deals.length) % 2 === 0;
    writeCount++;
    const amount = (Number(deal.amount) + (up ? 1 : 0)).toFixed(2);
    return {
      label: "write",
      method: "PATCH",
      url: `${url}/api/pipeline/opportunities/${deal.id}`,
      headers: { cookie: admin, origin: url, "content-type": "application/json" },
      body: JSON.stringify({ amount }),
    };
  };
  const writes = Array.from({ length: Math.ceil(phaseMs / 1000) }, nextWrite);
  const changesBefore = live.changes;
  const mixed = await runLoad({ requests, concurrency, durationMs: phaseMs, writes, writeEveryMs: 1000 });
  log(`with writes: ${describeReport(mixed)}`);
  log(`  ${describeLabels(mixed)}`);
  if (mixed.writes)
    log(
      `  writes: ${mixed.writes.count} ok (p50 ${ms(mixed.writes.p50)}), ${mixed.writes.errors} errors; ${live.changes - changesBefore} data-changed events`,
    );

  // Cold: a write, its data-changed event (facts refreshed, version bumped, cache keys new), then every request once.
  const coldLatencies: number[] = [];
  const announceLatencies: number[] = [];
  let coldErrors = 0;
  for (let round = 0; round < coldRounds; round++) {
    const change = live.nextChange();
    const write = nextWrite();
    const started = performance.now();
    const response = await fetch(write.url, { method: "PATCH", headers: write.headers, body: write.body });
    if (response.status !== 200)
      log(`  cold write: ${response.status} ${(await response.text()).slice(0, 200)}`);
    const announced = await Promise.race([
      change.then(() => true),
      new Promise<false>((resolve) => setTimeout(() => resolve(false), 30_000).unref()),
    ]);
    if (announced) announceLatencies.push(performance.now() - started);
    else log("  no data-changed event within 30 s of the write");
    const cold = await runLoad({ requests, concurrency });
    coldErrors += cold.errors;
    coldLatencies.push(...cold.latencies);
    log(`cold round ${round + 1}: ${describeReport(cold)}`);
    log(`  ${describeLabels(cold)}`);
  }
  const announce = summarise(announceLatencies);
  log(
    `write → data-changed (PATCH answered, facts refreshed, event read): p50 ${ms(announce.p50)}, max ${ms(announce.max)}`,
  );

  const detail = (report: LoadReport) =>
    `${describeReport(report)}; p50 = ${(report.p50 / floorMs).toFixed(2)}× floor`;
  const floorLabel =
    "select owner_id, sum(amount) from order_lines where workspace_id = $1 group by owner_id (same database)";
  const cold = summarise(coldLatencies);
  const coldDetail =
    `${coldRounds} rounds × ${requests.length} requests after a write: p50 ${ms(cold.p50)}, p95 ${ms(cold.p95)}, ` +
    `p99 ${ms(cold.p99)}, max ${ms(cold.max)}, ${coldErrors} errors; write → data-changed p50 ${ms(announce.p50)}; ` +
    `p50 = ${(cold.p50 / floorMs).toFixed(2)}× floor`;
  const results: BenchResult[] = [
    {
      name: `warm, ${concurrency} clients × ${phaseMs / 1000} s`,
      measuredMs: warm.p50,
      floorMs,
      floorLabel,
      targetRatio: null,
      detail: detail(warm),
    },
    {
      name: `with a deal PATCH a second`,
      measuredMs: mixed.p50,
      floorMs,
      floorLabel,
      targetRatio: null,
      detail: detail(mixed),
    },
    {
      name: "cold after start (each request once)",
      measuredMs: first.p50,
      floorMs,
      floorLabel,
      targetRatio: null,
      detail: detail(first),
    },
    {
      name: "cold after a write (each request once)",
      measuredMs: cold.p50,
      floorMs,
      floorLabel,
      targetRatio: null,
      detail: coldDetail,
    },
  ];
  return results;
}

// Standalone run: print the results.
if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) console.table(await run());
