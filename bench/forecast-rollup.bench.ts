import { existsSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { and, eq } from "drizzle-orm";
import pg from "pg";
import {
  type AttainDatabase,
  forecastPeriods,
  forecastSubmissions,
  migrateDatabase,
  openDatabase,
} from "@attain/db";
import { rollUpForecast } from "@attain/engine";
import { loadRollUpInputs } from "../apps/server/src/forecasts/load-roll-up-inputs";
import type { BenchResult } from "./types";

// Issue 6, point 8: the forecast roll-up of a quarter (2026-Q1, as of Monday 16 March) for a PEOPLE-person hierarchy
// (CEO → VPs → directors → managers → ~86% reps; 5% of reps and 1% of managers change manager on Monday 16 February)
// over DEALS open opportunities closing in the quarter (plus 10% as many won ones), 20% of them in USD, with every
// rep's weekly calls (commit, best case, pipeline per motion, each Monday), managers' team calls and a few overrides.
// Measured end to end as the server does it: loadRollUpInputs (people, lines, submissions, deals summed per owner ×
// type × category in SQL with the exchange rate of the close month) then the engine's rollUpForecast; and, when the
// forecasts module has it, the weekly snapshot written by takeForecastSnapshot. Floor: PostgreSQL's own
// `select owner_id, forecast_category, sum(amount) … group by 1, 2` over the same rows.
// Data: generate_series for the deals (server side), COPY for the rest, in a database of its own (dropped after).
// Standalone: `node --import tsx bench/forecast-rollup.bench.ts`. Knobs: BENCH_ROLLUP_PEOPLE, BENCH_ROLLUP_DEALS,
// BENCH_ROLLUP_SNAPSHOT=0 (skip the snapshot, ~3 min and ~3 GB at full size), DATABASE_URL (the server; the bench
// uses a database of its own, attain_bench_rollup, on it).
const peopleCount = Number(process.env.BENCH_ROLLUP_PEOPLE ?? 5_000);
const dealCount = Number(process.env.BENCH_ROLLUP_DEALS ?? 1_000_000);
const databaseName = "attain_bench_rollup";
const quarter = { label: "FY2026 Q1", startsOn: "2026-01-01", endsOn: "2026-03-31" };
const asOf = "2026-03-16";
const moveOn = "2026-02-16";

export const name = `forecast roll-up: ${peopleCount.toLocaleString("en")} people, ${dealCount.toLocaleString("en")} open deals (PostgreSQL)`;

/** The hierarchy's levels, top first: how many people each holds (the rest are reps). */
function levels(total: number): { role: string; from: number; size: number }[] {
  const sizes = [1, Math.max(1, Math.round(total * 0.002)), Math.max(1, Math.round(total * 0.018))];
  sizes.push(Math.max(1, Math.round(total * 0.12)));
  sizes.push(Math.max(1, total - sizes.reduce((a, b) => a + b, 0)));
  const roles = ["executive", "director", "director", "manager", "ae"];
  let from = 1;
  return sizes.map((size, k) => {
    const level = { role: roles[k]!, from, size };
    from += size;
    return level;
  });
}

const personId = (n: number) => {
  const hex = n.toString(16).padStart(12, "0");
  return `00000000-0000-4000-8000-${hex}`;
};

// mulberry32: the same data every run.
function seeded(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const euros = (cents: number) => `${Math.floor(cents / 100)}.${String(cents % 100).padStart(2, "0")}`;

type Company = { workspaceId: string; periodId: string; reps: number; submissions: number; moves: number };

async function createCompany(database: AttainDatabase): Promise<Company> {
  const random = seeded(2026);
  const [ws] = await database.sql.query<{ id: string }>(
    "insert into workspaces (slug, name) values ($1, 'Roll-up bench') returning id",
    [`rollup-bench-${peopleCount}`],
  );
  const workspaceId = ws!.id;
  const tiers = levels(peopleCount);
  const people: string[] = [];
  const lines: string[] = [];
  // manager of person n before and after the move day (the same unless n moves).
  const managerBefore = new Map<number, number>();
  const managerAfter = new Map<number, number>();
  let moves = 0;
  tiers.forEach((tier, k) => {
    for (let i = 0; i < tier.size; i++) {
      const n = tier.from + i;
      people.push(`${workspaceId},${personId(n)},P${n},Person ${n},${tier.role}`);
      if (k === 0) continue;
      const up = tiers[k - 1]!;
      const before = up.from + (i % up.size);
      // Mid-quarter moves: 5% of reps and 1% of managers go to the next manager up the list.
      const moving = (tier.role === "ae" && i % 20 === 7) || (tier.role === "manager" && i % 100 === 3);
      const after = moving && up.size > 1 ? up.from + ((i + 1) % up.size) : before;
      managerBefore.set(n, before);
      managerAfter.set(n, after);
      if (after === before) lines.push(`${workspaceId},${personId(n)},${personId(before)},2020-01-01,`);
      else {
        moves++;
        lines.push(`${workspaceId},${personId(n)},${personId(before)},2020-01-01,${moveOn}`);
        lines.push(`${workspaceId},${personId(n)},${personId(after)},${moveOn},`);
      }
    }
  });
  await database.sql.copyCsv(
    "people",
    ["workspace_id", "id", "external_id", "full_name", "job_role"],
    `${people.join("\n")}\n`,
  );
  await database.sql.copyCsv(
    "reporting_lines",
    ["workspace_id", "person_id", "manager_id", "valid_from", "valid_to"],
    `${lines.join("\n")}\n`,
  );
  await database.sql.query(
    `insert into exchange_rates (workspace_id, currency, month, rate)
     values ($1, 'USD', '2025-12-01', 0.9180), ($1, 'USD', '2026-01-01', 0.9211), ($1, 'USD', '2026-02-01', 0.9164),
            ($1, 'USD', '2026-03-01', 0.9097)`,
    [workspaceId],
  );
  const [period] = await database.sql.query<{ id: string }>(
    "insert into forecast_periods (workspace_id, label, starts_on, ends_on) values ($1, $2, $3, $4) returning id",
    [workspaceId, quarter.label, quarter.startsOn, quarter.endsOn],
  );
  const periodId = period!.id;

  // Deals, server side: owners spread over the reps, categories 50% pipeline, 25% best case, 18% commit, 7% omitted;
  // 10% more won deals closing in the quarter so far; amounts €1,000–€100,000 to the cent; one in five in USD.
  const reps = tiers[4]!;
  const h = (salt: number) => `(hashint8(g::bigint * 8 + ${salt}) & 2147483647)`;
  const won = Math.round(dealCount / 10);
  await database.transaction(async (tx) => {
    // Like pg_restore --disable-triggers, this transaction only: the rows satisfy the foreign keys by construction.
    await tx.sql.query("set local session_replication_role = replica");
    await tx.sql.query(
      `insert into opportunities (workspace_id, external_id, name, owner_id, type, stage, status, forecast_category,
                                  amount, currency, close_date, created_on)
       select $1, 'D' || g, 'Deal ' || g,
              ('00000000-0000-4000-8000-' || lpad(to_hex(${reps.from} + ${h(1)} % ${reps.size}), 12, '0'))::uuid,
              (array['new_business', 'new_business', 'expansion', 'renewal'])[1 + ${h(2)} % 4],
              case when g > $2::int then 'Closed Won' else (array['Qualify', 'Discover', 'Propose', 'Negotiate'])[1 + c / 25] end,
              case when g > $2::int then 'won' else 'open' end,
              case when g > $2::int then 'closed' when c < 50 then 'pipeline' when c < 75 then 'best_case'
                   when c < 93 then 'commit' else 'omitted' end,
              round(1000 + (${h(4)} % 9900000)::numeric / 100, 2),
              case when ${h(5)} % 5 = 0 then 'USD' else 'EUR' end,
              case when g > $2::int then date '2026-01-01' + (${h(6)} % 74)::int else date '2026-01-01' + (${h(6)} % 90)::int end,
              date '2025-10-01' + (${h(7)} % 90)::int
       from (select g, ${h(3)} % 100 as c from generate_series(1, $2::int + $3::int) g) s`,
      [workspaceId, dealCount, won],
    );
  });

  // Weekly calls: every rep each Monday of the quarter up to asOf (commit, best case, pipeline per motion); their
  // manager that day overrides 3% of commits with a note; managers call their team every Monday afternoon.
  const mondays: string[] = [];
  for (let day = new Date(`${quarter.startsOn}T00:00:00Z`); day.toISOString().slice(0, 10) <= asOf; ) {
    if (day.getUTCDay() === 1) mondays.push(day.toISOString().slice(0, 10));
    day = new Date(day.getTime() + 86_400_000);
  }
  const managers = tiers[3]!;
  const header = [
    "workspace_id",
    "period_id",
    "author_id",
    "subject_id",
    "motion",
    "category",
    "amount",
    "currency",
    "note",
    "submitted_at",
  ];
  let submissions = 0;
  for (const monday of mondays) {
    const rows: string[] = [];
    const row = (
      author: number,
      subject: number,
      motion: string,
      category: string,
      cents: number,
      at: string,
      note = "",
    ) =>
      rows.push(
        `${workspaceId},${periodId},${personId(author)},${personId(subject)},${motion},${category},${euros(cents)},EUR,${note},${monday} ${at}+00`,
      );
    for (let n = reps.from; n < reps.from + reps.size; n++) {
      const manager = monday < moveOn ? managerBefore.get(n)! : managerAfter.get(n)!;
      for (const motion of ["new_business", "expansion_renewal"]) {
        const commit = Math.round(random() * 40_000) * 1_000;
        row(n, n, motion, "commit", commit, "09:00:00");
        row(n, n, motion, "best_case", Math.round(random() * 30_000) * 1_000, "09:00:00");
        row(n, n, motion, "pipeline", Math.round(random() * 120_000) * 1_000, "09:00:00");
        if (random() < 0.03)
          row(manager, n, motion, "commit", Math.round(commit * 0.8), "14:00:00", "Haircut");
      }
    }
    for (let n = managers.from; n < managers.from + managers.size; n++)
      for (const motion of ["new_business", "expansion_renewal"])
        for (const category of ["commit", "best_case", "pipeline"])
          row(n, n, motion, category, Math.round(random() * 300_000) * 1_000, "17:00:00");
    await database.sql.copyCsv("forecast_submissions", header, `${rows.join("\n")}\n`);
    submissions += rows.length;
  }
  await database.sql.query("analyze");
  return { workspaceId, periodId, reps: reps.size, submissions, moves };
}

async function bestOf<T>(times: number, work: () => Promise<T>): Promise<{ ms: number; value: T }> {
  let best = Number.POSITIVE_INFINITY;
  let value: T | undefined;
  for (let i = 0; i < times; i++) {
    const start = performance.now();
    value = await work();
    best = Math.min(best, performance.now() - start);
  }
  return { ms: best, value: value as T };
}

type SnapshotModule = {
  takeForecastSnapshot(
    database: AttainDatabase,
    params: { workspaceId: string; periodId: string; takenOn: string; kind: "weekly"; now: Date },
  ): Promise<unknown>;
};

async function measure(database: AttainDatabase): Promise<BenchResult[]> {
  await migrateDatabase(database);
  const generateStart = performance.now();
  const company = await createCompany(database);
  const generateMs = performance.now() - generateStart;
  const { workspaceId, periodId } = company;
  const [period] = await database.db
    .select()
    .from(forecastPeriods)
    .where(and(eq(forecastPeriods.workspaceId, workspaceId), eq(forecastPeriods.id, periodId)));

  const floor = await bestOf(2, () =>
    database.sql.query(
      `select owner_id, forecast_category, sum(amount) from opportunities
       where workspace_id = $1 and status in ('open', 'won') and close_date between $2 and $3 group by 1, 2`,
      [workspaceId, quarter.startsOn, quarter.endsOn],
    ),
  );
  let loadMs = Number.POSITIVE_INFINITY;
  let engineMs = Number.POSITIVE_INFINITY;
  let people = 0;
  let dealGroups = 0;
  let companyCommit = "";
  for (let i = 0; i < 2; i++) {
    const loadStart = performance.now();
    const inputs = await loadRollUpInputs(database.db, workspaceId, period!, asOf);
    const engineStart = performance.now();
    const result = rollUpForecast({
      asOf,
      lines: inputs.lines,
      submissions: inputs.submissions,
      deals: inputs.deals,
      personIds: [...inputs.people.keys()],
    });
    const end = performance.now();
    loadMs = Math.min(loadMs, engineStart - loadStart);
    engineMs = Math.min(engineMs, end - engineStart);
    people = result.people.size;
    dealGroups = inputs.deals.length;
    const top = result.people.get(personId(1))!;
    companyCommit = top.motions.new_business.commit.rollup;
  }
  // Where the load goes: the period's submissions read alone (the rest is the deal sums, people and lines).
  const submissionsRead = await bestOf(2, () =>
    database.db
      .select()
      .from(forecastSubmissions)
      .where(
        and(eq(forecastSubmissions.workspaceId, workspaceId), eq(forecastSubmissions.periodId, periodId)),
      ),
  );
  const results: BenchResult[] = [
    {
      name: `roll-up as of ${asOf}, ${peopleCount.toLocaleString("en")} people × ${dealCount.toLocaleString("en")} deals`,
      measuredMs: loadMs + engineMs,
      floorMs: floor.ms,
      floorLabel:
        "select owner_id, forecast_category, sum(amount) from opportunities … group by 1, 2 (same rows)",
      targetRatio: null,
      detail: `load ${(loadMs / 1000).toFixed(2)} s (${dealGroups.toLocaleString("en")} owner × type × category sums, ${company.submissions.toLocaleString("en")} submissions read in ${(submissionsRead.ms / 1000).toFixed(2)} s), engine ${(engineMs / 1000).toFixed(2)} s; ${people.toLocaleString("en")} people, ${company.reps.toLocaleString("en")} reps, ${company.moves} mid-quarter moves; CEO's new-business commit roll-up €${companyCommit}; data generated in ${(generateMs / 1000).toFixed(1)} s`,
    },
  ];
  // The full weekly snapshot (roll-up + statistical figures + lines written), when the forecasts module provides it.
  const snapshotFile = fileURLToPath(
    new URL("../apps/server/src/forecasts/take-forecast-snapshot.ts", import.meta.url),
  );
  if (existsSync(snapshotFile) && process.env.BENCH_ROLLUP_SNAPSHOT !== "0") {
    const snapshots = (await import(snapshotFile)) as SnapshotModule;
    const start = performance.now();
    await snapshots.takeForecastSnapshot(database, {
      workspaceId,
      periodId,
      takenOn: asOf,
      kind: "weekly",
      now: new Date(`${asOf}T06:00:00Z`),
    });
    const snapshotMs = performance.now() - start;
    const [lines] = await database.sql.query<{ n: number }>(
      "select count(*)::int as n from forecast_snapshot_lines where workspace_id = $1",
      [workspaceId],
    );
    results.push({
      name: `weekly snapshot as of ${asOf} (takeForecastSnapshot)`,
      measuredMs: snapshotMs,
      floorMs: floor.ms,
      floorLabel: "the same group-by floor",
      targetRatio: null,
      detail: `${(lines?.n ?? 0).toLocaleString("en")} snapshot lines written`,
    });
  }
  return results;
}

export async function run(): Promise<BenchResult[]> {
  const server = process.env.DATABASE_URL ?? "postgres://postgres@127.0.0.1:5432/postgres";
  const admin = new pg.Client({ connectionString: server });
  try {
    await admin.connect();
  } catch (error) {
    console.warn(
      `PostgreSQL at ${server} unavailable, skipped: ${error instanceof Error ? error.message : error}`,
    );
    return [];
  }
  const url = new URL(server);
  url.pathname = `/${databaseName}`;
  try {
    await admin.query(`drop database if exists ${databaseName}`);
    await admin.query(`create database ${databaseName}`);
    const database = await openDatabase({ url: url.toString() });
    try {
      return await measure(database);
    } finally {
      await database.close();
    }
  } finally {
    // BENCH_ROLLUP_KEEP=1 leaves the database for inspection (EXPLAIN of the roll-up's queries); the next run drops it.
    if (process.env.BENCH_ROLLUP_KEEP !== "1") await admin.query(`drop database if exists ${databaseName}`);
    await admin.end();
  }
}

// Standalone run: print the results.
if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) console.table(await run());
