import { createHash } from "node:crypto";
import { fileURLToPath } from "node:url";
import pg from "pg";
import {
  type CalcPeriod,
  type CreditLine,
  type CreditingInput,
  calculatePayeePeriod,
  creditTransactions,
  type PayeePeriodInput,
  type PlanDefinition,
  type ReportingLine,
  type Transaction,
} from "@attain/engine";
import type { BenchResult } from "./types";

// A quarter of compensation: 2,000 payees (1,800 reps, 200 managers on a three-level tree), 1,000,000 transactions
// (10 % split 60/40 between two reps) credited with roll-up, then calculatePayeePeriod for every payee on a plan with
// a cumulative marginal attainment tier table, an accelerator gated on YTD attainment, a per-period cap and a
// manager override; then the same without trace detail. Standalone: `node --import tsx bench/comp-engine.bench.ts`.
// Knobs: BENCH_TRANSACTIONS, BENCH_ROLLUP_LEVELS (default 1), BENCH_REPEAT (median of n, default 3),
// BENCH_SKIP_FLOOR=1.
const transactionCount = Number(process.env.BENCH_TRANSACTIONS ?? 1_000_000);
const rollupLevels = Number(process.env.BENCH_ROLLUP_LEVELS ?? 1);
const repeat = Number(process.env.BENCH_REPEAT ?? 3);
const REPS = 1_800;
const MANAGERS = 200; // m000 VP, m001–m019 directors, m020–m199 first-line managers (10 reps each)

export const name = `comp engine: ${transactionCount.toLocaleString("en")} transactions, ${REPS + MANAGERS} payees, a quarter`;

const quarters: CalcPeriod[] = [
  { key: "2025-Q1", start: "2025-01-01", end: "2025-03-31" },
  { key: "2025-Q2", start: "2025-04-01", end: "2025-06-30" },
  { key: "2025-Q3", start: "2025-07-01", end: "2025-09-30" },
  { key: "2025-Q4", start: "2025-10-01", end: "2025-12-31" },
];

const plan: PlanDefinition = {
  key: "bench-ae",
  name: "Bench AE plan",
  version: 1,
  effectiveFrom: "2025-01-01",
  effectiveTo: null,
  currency: "USD",
  period: "quarter",
  quotaMeasure: "bookings",
  rounding: { mode: "half_up", apply: "line" },
  rateTables: [],
  tierTables: [
    {
      name: "Attainment",
      basis: "attainment",
      method: "marginal",
      boundary: "upper",
      tiers: [
        { from: "0", to: "0.5", rate: "0.04" },
        { from: "0.5", to: "1.0", rate: "0.06" },
        { from: "1.0", to: "1.5", rate: "0.08" },
        { from: "1.5", to: null, rate: "0.1" },
      ],
    },
    {
      name: "Accelerator",
      basis: "attainment",
      method: "retroactive",
      boundary: "upper",
      tiers: [
        { from: "0", to: "1.1", rate: "1" },
        { from: "1.1", to: "1.3", rate: "1.25" },
        { from: "1.3", to: null, rate: "1.5" },
      ],
    },
    {
      name: "Team",
      basis: "attainment",
      method: "retroactive",
      boundary: "upper",
      tiers: [
        { from: "0", to: "0.8", rate: "0.01" },
        { from: "0.8", to: "1.0", rate: "0.015" },
        { from: "1.0", to: null, rate: "0.02" },
      ],
    },
  ],
  variables: [],
  components: [
    {
      kind: "commission",
      name: "New business",
      measure: "bookings",
      filter: { roles: ["direct", "split"] },
      rate: { kind: "tiers", table: "Attainment" },
      evaluation: "cumulative",
      reset: "year",
      trueUp: false,
      multiplier: { table: "Accelerator", gate: { scope: "year_to_date", attainmentAtLeast: "1.00" } },
      caps: { perPeriod: "250000" },
    },
    {
      kind: "override",
      name: "Team override",
      measure: "bookings",
      rate: { kind: "tiers", table: "Team" },
      threshold: "0",
    },
  ],
  draw: null,
  clawback: null,
  holdback: null,
};

// mulberry32: a seeded generator, so every run sees the same data.
function seeded(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const repId = (i: number) => `r${String(i).padStart(4, "0")}`;
const managerId = (i: number) => `m${String(i).padStart(3, "0")}`;
const firstLineOf = (rep: number) => 20 + Math.floor(rep / 10);

function reportingLines(): ReportingLine[] {
  const line = (personId: string, manager: string): ReportingLine => ({
    personId,
    managerId: manager,
    validFrom: "2024-01-01",
    validTo: null,
  });
  const lines: ReportingLine[] = [];
  for (let d = 1; d < 20; d++) lines.push(line(managerId(d), managerId(0)));
  for (let m = 20; m < MANAGERS; m++) lines.push(line(managerId(m), managerId(1 + ((m - 20) % 19))));
  for (let r = 0; r < REPS; r++) lines.push(line(repId(r), managerId(firstLineOf(r))));
  return lines;
}

function transactions(): Transaction[] {
  const random = seeded(2025);
  const products = ["platform", "analytics", "services", "support"];
  const segments = ["smb", "mid", "enterprise"];
  const out: Transaction[] = [];
  for (let i = 0; i < transactionCount; i++) {
    const owner = Math.floor(random() * REPS);
    const day = 1 + Math.floor(random() * 90);
    const date = new Date(Date.UTC(2025, 0, day)).toISOString().slice(0, 10);
    const cents = 50_000 + Math.floor(random() * 900_000);
    const split = random() < 0.1;
    const partner = (owner + 1 + Math.floor(random() * (REPS - 1))) % REPS;
    out.push({
      id: `T${String(i).padStart(7, "0")}`,
      date,
      ownerId: repId(owner),
      accountId: null,
      territoryId: null,
      currency: "USD",
      measures: {
        bookings: `${Math.floor(cents / 100)}.${String(cents % 100).padStart(2, "0")}`,
        units: "1",
      },
      attributes: {
        product: products[Math.floor(random() * 4)] as string,
        segment: segments[Math.floor(random() * 3)] as string,
      },
      reversalOf: null,
      splits: split
        ? [
            { personId: repId(owner), share: "0.6", role: "split" },
            { personId: repId(partner), share: "0.4", role: "split" },
          ]
        : [],
    });
  }
  return out;
}

// A rep's chain: first-line manager, director, VP; a split's two reps may share managers (one credit each).
function expectedCredits(tx: Transaction): number {
  const reps = tx.splits.length > 0 ? tx.splits.map((s) => s.personId) : [tx.ownerId ?? ""];
  const managers = new Set<number>();
  for (const rep of reps) {
    const firstLine = firstLineOf(Number(rep.slice(1)));
    const chain = [firstLine, 1 + ((firstLine - 20) % 19), 0];
    for (const m of chain.slice(0, rollupLevels)) managers.add(m);
  }
  return reps.length + managers.size;
}

// Transactions exist only for crediting: once credited they are dropped, as a calculation run holds credits only.
async function creditAll() {
  const txs = transactions();
  // The floor reads as many rows as crediting will give, and is measured first so the calculation's heap does not
  // slow the read: one primary credit per owner or split rep, one roll-up credit per distinct manager above them.
  const expectedLines = txs.reduce((n, tx) => n + expectedCredits(tx), 0);
  const floorMs = await selectFloorMs(expectedLines);
  const input = creditingInput(txs, reportingLines());
  const creditingTimes: number[] = [];
  const creditingCpu: number[] = [];
  let credited: ReturnType<typeof creditTransactions> = {
    credits: [],
    duplicates: [],
    unassigned: [],
    errors: [],
  };
  for (let i = 0; i < repeat; i++) {
    credited = { credits: [], duplicates: [], unassigned: [], errors: [] };
    const run = timed(() => creditTransactions(input));
    credited = run.value;
    creditingTimes.push(run.ms);
    creditingCpu.push(run.cpuMs);
  }
  return { credited, creditingTimes, creditingCpu, expectedLines, floorMs };
}

function creditingInput(txs: Transaction[], lines: ReportingLine[]): CreditingInput {
  return {
    transactions: txs,
    rules: {
      owner: true,
      territories: [],
      relationships: [],
      team: null,
      rollup: { levels: rollupLevels },
      duplicatePolicy: "keep_highest",
    },
    reportingLines: lines,
    planCurrency: "USD",
    exchangeRates: [],
    payeesWithPlan: null,
  };
}

function payeeInputs(credits: CreditLine[]): PayeePeriodInput[] {
  const random = seeded(7);
  const byPayee = new Map<string, CreditLine[]>();
  for (const c of credits) {
    const list = byPayee.get(c.payeeId);
    if (list) list.push(c);
    else byPayee.set(c.payeeId, [c]);
  }
  const expected = (transactionCount / REPS) * 5_000;
  const repQuota = Array.from({ length: REPS }, () => Math.round(expected * (0.75 + random() * 0.5)));
  const teamQuota = new Map<string, number>();
  repQuota.forEach((q, r) => {
    const m = managerId(firstLineOf(r));
    teamQuota.set(m, (teamQuota.get(m) ?? 0) + q);
  });
  const everyQuarter = (amount: number) => Object.fromEntries(quarters.map((p) => [p.key, `${amount}.00`]));
  const ids = [
    ...Array.from({ length: REPS }, (_, r) => repId(r)),
    ...Array.from({ length: MANAGERS }, (_, m) => managerId(m)),
  ];
  return ids.map((id, i) => ({
    plan,
    payee: {
      id,
      name: id,
      jobRole: i < REPS ? "ae" : "manager",
      targetIncentive: "60000",
      hireDate: null,
      leaveDate: null,
    },
    period: quarters[0] as CalcPeriod,
    yearPeriods: quarters,
    credits: byPayee.get(id) ?? [],
    quotas: i < REPS ? everyQuarter(repQuota[i] as number) : {},
    teamQuotas: everyQuarter(teamQuota.get(id) ?? 0),
    mboScores: {},
    prior: { earnedByComponent: {}, earnedByTransaction: {}, drawBalance: "0", heldBack: [], onHold: [] },
    holds: { payeeHeld: false, transactionIds: [], release: false },
  }));
}

const median = (values: number[]) =>
  [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] as number;

// Wall time, and the process's CPU time (user + system, GC threads included): steadier on a shared machine.
function timed<T>(work: () => T): { value: T; ms: number; cpuMs: number } {
  const start = performance.now();
  const cpu = process.cpuUsage();
  const value = work();
  const used = process.cpuUsage(cpu);
  return { value, ms: performance.now() - start, cpuMs: (used.user + used.system) / 1000 };
}

/** The floor: SELECT of as many credit rows (same columns) from PostgreSQL into Node, median of `repeat`. */
async function selectFloorMs(rows: number): Promise<number | null> {
  if (process.env.BENCH_SKIP_FLOOR === "1") return null;
  const url = process.env.DATABASE_URL ?? "postgres://postgres@127.0.0.1:5432/postgres";
  const client = new pg.Client({ connectionString: url });
  try {
    await client.connect();
  } catch (error) {
    console.warn(
      `PostgreSQL at ${url} unavailable, no floor: ${error instanceof Error ? error.message : error}`,
    );
    return null;
  }
  try {
    // As @attain/db reads them: numeric and date as text.
    const asText = (value: string) => value;
    for (const oid of [pg.types.builtins.NUMERIC, pg.types.builtins.DATE])
      pg.types.setTypeParser(oid, asText);
    await client.query(`create temp table bench_credit_lines as
      select 'T' || lpad(i::text, 7, '0') || ':r' || lpad((i % 1800)::text, 4, '0') || ':direct' as id,
        'T' || lpad(i::text, 7, '0') as transaction_id, 'r' || lpad((i % 1800)::text, 4, '0') as payee_id,
        date '2025-01-01' + (i % 90) as credit_date, 'direct' as role, 1::numeric as share,
        (500 + (i % 9000) + 0.25)::numeric(14, 2) as bookings, 1::numeric as units,
        jsonb_build_object('product', 'analytics', 'segment', 'mid') as attributes,
        null::text as reversal_of, array['owner'] as path
      from generate_series(1, ${rows}) i`);
    const times: number[] = [];
    for (let i = 0; i < repeat; i++) {
      const start = performance.now();
      const result = await client.query("select * from bench_credit_lines");
      times.push(performance.now() - start);
      if (result.rows.length !== rows) throw new Error(`floor read ${result.rows.length} rows, not ${rows}`);
    }
    return median(times);
  } finally {
    await client.end();
  }
}

export async function run(): Promise<BenchResult[]> {
  const { credited, creditingTimes, creditingCpu, expectedLines, floorMs } = await creditAll();
  const lines = credited.credits.length;
  const inputs = payeeInputs(credited.credits);
  // As the server runs it (a batch of payees, then their rows written): each result is dropped once calculated,
  // so the heap holds the inputs, not two million result lines. Only the calculation is timed; the fingerprint
  // of every result is taken, untimed, on the first run.
  const calculateAll = (batch: PayeePeriodInput[], hash: ReturnType<typeof createHash> | null) => {
    let ms = 0;
    let cpuMs = 0;
    for (const payee of batch) {
      const run = timed(() => calculatePayeePeriod(payee));
      ms += run.ms;
      cpuMs += run.cpuMs;
      hash?.update(JSON.stringify(run.value));
    }
    return { ms, cpuMs };
  };
  const calcTimes: number[] = [];
  const calcCpu: number[] = [];
  const hash = createHash("sha256");
  for (const c of credited.credits) hash.update(JSON.stringify(c));
  hash.update(JSON.stringify([credited.duplicates, credited.unassigned, credited.errors]));
  for (let i = 0; i < repeat; i++) {
    const run = calculateAll(inputs, i === 0 ? hash : null);
    calcTimes.push(run.ms);
    calcCpu.push(run.cpuMs);
  }
  const digest = hash.digest("hex").slice(0, 16);
  // The same run without trace detail (input.trace false): what the trace costs.
  const untracedInputs = inputs.map((payee) => ({ ...payee, trace: false }));
  const untracedTimes: number[] = [];
  for (let i = 0; i < repeat; i++) untracedTimes.push(calculateAll(untracedInputs, null).ms);
  const untracedMs = median(untracedTimes);
  const creditingMs = median(creditingTimes);
  const calculationMs = median(calcTimes);
  if (lines !== expectedLines) throw new Error(`${lines} credit lines, the floor read ${expectedLines}`);
  const peakRss = process.resourceUsage().maxRSS / 1024;
  const rate = (ms: number) => `${Math.round(lines / (ms / 1000)).toLocaleString("en")} lines/s`;
  console.log(
    [
      `credit lines ${lines.toLocaleString("en")} (rollup ${rollupLevels} level(s)), errors ${credited.errors.length}`,
      `crediting   ${(creditingMs / 1000).toFixed(2)} s  (${rate(creditingMs)}; runs ${creditingTimes.map((t) => (t / 1000).toFixed(2)).join(", ")}; CPU ${(median(creditingCpu) / 1000).toFixed(2)} s)`,
      `calculation ${(calculationMs / 1000).toFixed(2)} s  (${rate(calculationMs)}; ${(calculationMs / inputs.length).toFixed(2)} ms/payee; runs ${calcTimes.map((t) => (t / 1000).toFixed(2)).join(", ")}; CPU ${(median(calcCpu) / 1000).toFixed(2)} s)`,
      `untraced    ${(untracedMs / 1000).toFixed(2)} s  (traced / untraced = ${(calculationMs / untracedMs).toFixed(2)}×, target ≤ 1.5×; runs ${untracedTimes.map((t) => (t / 1000).toFixed(2)).join(", ")})`,
      `floor       ${floorMs === null ? "—" : `${(floorMs / 1000).toFixed(2)} s SELECT of ${lines.toLocaleString("en")} rows`}`,
      `peak RSS    ${Math.round(peakRss).toLocaleString("en")} MB`,
      `digest      ${digest}`,
    ].join("\n"),
  );
  const floorLabel = "SELECT of as many credit-line rows (same columns) from PostgreSQL into Node";
  return [
    {
      name: `crediting + calculation, ${lines.toLocaleString("en")} credit lines`,
      measuredMs: creditingMs + calculationMs,
      floorMs,
      floorLabel,
      targetRatio: 2,
      detail: `crediting ${(creditingMs / 1000).toFixed(2)} s, calculation ${(calculationMs / 1000).toFixed(2)} s, peak RSS ${Math.round(peakRss)} MB`,
    },
  ];
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  console.log(`▶ ${name}`);
  const [result] = await run();
  if (result?.floorMs) {
    const ratio = result.measuredMs / result.floorMs;
    console.log(`ratio       ${ratio.toFixed(2)}× the floor (target ≤ ${result.targetRatio}×)`);
  }
}
