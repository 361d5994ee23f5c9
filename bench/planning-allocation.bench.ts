import { type AllocationInput, allocateTopDown, type PlanningNode } from "@attain/engine";
import type { BenchResult } from "./types";

// Top-down quota allocation for 1 company, 10 regions, 500 teams and 50,000 people × 12 months, with four drivers,
// 110 % over-assignment for reps, 2,000 new hires spread by month factors and 20 locked teams.
// Floor: a plain JavaScript pass over the same data that a naive float implementation could not do less than —
// sum the drivers up the tree, split each parent by one driver in floats, and write the 600,000 month amounts
// with toFixed(2). Standalone: `node --import tsx bench/planning-allocation.bench.ts`. Knobs: BENCH_PEOPLE,
// BENCH_REPEAT (median of n, default 3).
const people = Number(process.env.BENCH_PEOPLE ?? 50_000);
const repeat = Number(process.env.BENCH_REPEAT ?? 3);
const REGIONS = 10;
const TEAMS = 500;

export const name = `planning allocation: ${people.toLocaleString("en")} people × 12 months`;

// A fixed linear congruential sequence: the same hierarchy every run (the bench, not the engine, makes it up).
function sequence(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state * 1_103_515_245 + 12_345) % 2_147_483_648;
    return state;
  };
}

function buildInput(): AllocationInput {
  const next = sequence(42);
  const nodes: PlanningNode[] = [{ id: "company", parentId: null, kind: "company", name: "Company" }];
  for (let r = 0; r < REGIONS; r++)
    nodes.push({ id: `region:${r}`, parentId: "company", kind: "region", name: `Region ${r}` });
  for (let t = 0; t < TEAMS; t++)
    nodes.push({ id: `team:${t}`, parentId: `region:${t % REGIONS}`, kind: "team", name: `Team ${t}` });
  const drivers: AllocationInput["drivers"] = {};
  const leafMonthFactors: Record<string, string[]> = {};
  for (let p = 0; p < people; p++) {
    const id = `person:${p}`;
    nodes.push({ id, parentId: `team:${p % TEAMS}`, kind: "person", name: `Rep ${p}` });
    drivers[id] = {
      history: `${next() % 2_000_000}.${String(next() % 100).padStart(2, "0")}`,
      potential: String(next() % 5_000_000),
      pipeline: String(next() % 1_000_000),
      capacity: String(600_000 + (next() % 600_000)),
    };
    if (p % 25 === 0) {
      const hire = next() % 12;
      leafMonthFactors[id] = Array.from({ length: 12 }, (_, m) =>
        m < hire ? "0" : m === hire ? "0" : m === hire + 1 ? "0.25" : m === hire + 2 ? "0.5" : "1",
      );
    }
  }
  const locked: Record<string, string> = {};
  for (let t = 0; t < 20; t++) locked[`team:${t * 25}`] = "5000000";
  return {
    nodes,
    target: "1000000000",
    drivers,
    weights: { history: "0.5", potential: "0.1", pipeline: "0.1", capacity: "0.3" },
    overAssignment: { region: "1", team: "1.05", person: "1.1" },
    unit: "1000",
    locked,
    seasonality: [
      "0.07",
      "0.07",
      "0.09",
      "0.08",
      "0.08",
      "0.09",
      "0.07",
      "0.07",
      "0.09",
      "0.08",
      "0.09",
      "0.12",
    ],
    leafMonthFactors,
  };
}

function floor(input: AllocationInput): number {
  // Same shape of work with floats: roll drivers up, split each parent by history, write 12 months per node.
  const index = new Map(input.nodes.map((node, i) => [node.id, i]));
  const sums = new Float64Array(input.nodes.length);
  const parentOf = input.nodes.map((node) =>
    node.parentId === null ? -1 : (index.get(node.parentId) ?? -1),
  );
  input.nodes.forEach((node, i) => {
    const history = Number(input.drivers[node.id]?.history ?? 0);
    for (let at = i; at >= 0; at = parentOf[at] ?? -1) sums[at] = (sums[at] ?? 0) + history;
  });
  const seasonality = input.seasonality.map(Number);
  let written = 0;
  input.nodes.forEach((_, i) => {
    const parent = parentOf[i] ?? -1;
    const annual = parent < 0 ? 1e9 : (1e9 * (sums[i] ?? 0)) / (sums[0] ?? 1);
    for (const w of seasonality) written += (annual * w).toFixed(2).length;
  });
  return written;
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? 0;
}

function time(work: () => unknown): number {
  const started = performance.now();
  work();
  return performance.now() - started;
}

export async function run(): Promise<BenchResult[]> {
  const input = buildInput();
  const measured: number[] = [];
  const floors: number[] = [];
  let rows = 0;
  for (let i = 0; i < repeat; i++) {
    measured.push(time(() => (rows = allocateTopDown(input).nodes.length)));
    floors.push(time(() => floor(input)));
  }
  const measuredMs = median(measured);
  console.log(
    `  ${rows.toLocaleString("en")} nodes allocated, median of ${repeat}: ${measuredMs.toFixed(0)} ms`,
  );
  return [
    {
      name: `allocateTopDown, ${people.toLocaleString("en")} people`,
      measuredMs,
      floorMs: median(floors),
      floorLabel:
        "a plain float pass over the same nodes: roll history up the tree, split by it, write the 12 months with toFixed(2)",
      targetRatio: null,
      detail: `${rows.toLocaleString("en")} nodes × 12 months, exact BigInt, trace per node`,
    },
  ];
}

if (import.meta.url === `file://${process.argv[1]}`) console.table(await run());
