import { fileURLToPath } from "node:url";
import {
  type CapacityInput,
  type CapacityRole,
  type FairnessInput,
  type FairnessRep,
  planCapacity,
  simulateAttainment,
} from "@attain/engine";
import { xoroshiro128plus } from "pure-rand/generator/xoroshiro128plus";
import type { BenchResult } from "./types";

// The fairness check of issue 4: 2,000 reps in 200 teams × 10,000 draws, 5–15 open deals per rep (10 on average),
// 2–8 periods of history. Floor: a plain loop drawing exactly as many 32-bit numbers from the same PRNG
// (pure-rand's xoroshiro128+, next() in place) and folding them into one integer — what the draws cost before any
// model. Also planCapacity for 12 months × 3 roles × 1,000 heads each. Standalone:
// `node --import tsx bench/planning-fairness.bench.ts`. Knobs: BENCH_REPS, BENCH_DRAWS, BENCH_REPEAT (median, 3).
const repCount = Number(process.env.BENCH_REPS ?? 2_000);
const draws = Number(process.env.BENCH_DRAWS ?? 10_000);
const repeat = Number(process.env.BENCH_REPEAT ?? 3);

export const name = `planning: fairness ${repCount.toLocaleString("en")} reps × ${draws.toLocaleString("en")} draws; capacity 12 months × 3 roles × 1,000 heads`;

// mulberry32: seeded data, the same every run.
function seeded(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function fairnessInput(): FairnessInput {
  const random = seeded(4);
  const reps: FairnessRep[] = Array.from({ length: repCount }, (_, i) => {
    const level = 600_000 + Math.floor(random() * 800_000);
    return {
      id: `person:${i}`,
      teamId: `team:${Math.floor(i / 10)}`,
      quota: String(Math.round(level * (0.8 + random() * 0.5))),
      history: Array.from({ length: 2 + Math.floor(random() * 7) }, () =>
        String(Math.round(level * (0.6 + random() * 0.8))),
      ),
      pipeline: Array.from({ length: 5 + Math.floor(random() * 11) }, () => ({
        amount: String(10_000 + Math.floor(random() * 90_000)),
        probability: (0.05 + Math.floor(random() * 90) / 100).toFixed(2),
      })),
      capacityFactor: random() < 0.1 ? "0.5" : "1",
    };
  });
  return { reps, draws, seed: 2026 };
}

// As many random numbers as the check draws: one per deal with 0 < p < 1, one more per draw for a lognormal run rate.
function randomNumbersPerDraw(input: FairnessInput, result: ReturnType<typeof simulateAttainment>): number[] {
  return result.reps.map((rep, i) => {
    const source = input.reps[i] as FairnessRep;
    const deals = source.pipeline.filter((d) => d.probability !== "1.00" && d.probability !== "0.00").length;
    const basis = rep.basis;
    return deals + (basis && basis.runRateMean > 0 && basis.runRateCv > 0 ? 1 : 0);
  });
}

function floorMs(perDraw: readonly number[]): number {
  const start = performance.now();
  let fold = 0;
  perDraw.forEach((count, i) => {
    const rng = xoroshiro128plus(2026 + i);
    const n = count * draws;
    for (let k = 0; k < n; k++) fold ^= rng.next();
  });
  const ms = performance.now() - start;
  if (fold === 0.5) console.log(fold); // keeps the loop from being optimised away
  return ms;
}

function capacityInput(): CapacityInput {
  const months = Array.from({ length: 12 }, (_, i) => `2027-${String(i + 1).padStart(2, "0")}`);
  const role = (name: string, share: string, productivity: string): CapacityRole => ({
    role: name,
    productivity,
    ramp: { kind: "share", values: ["0", "0.25", "0.5", "0.75", "1"] },
    attrition: "0.18",
    hiringLeadMonths: 2,
    utilisation: "0.85",
    targetShare: share,
    current: Array.from({ length: 1_000 }, (_, i) => ({
      id: `${name}:${i}`,
      tenureMonths: i % 30,
      ...(i % 25 === 0 ? { leaveMonth: months[i % 12] as string } : {}),
    })),
    openRequisitions: Array.from({ length: 20 }, (_, i) => ({ startMonth: months[i % 6] as string })),
  });
  return {
    months,
    target: months.map((_, i) => String(260_000_000 + i * 8_000_000)),
    roles: [role("ae", "0.6", "120000"), role("am", "0.3", "70000"), role("se", "0.1", "20000")],
    firstOpenMonth: "2026-11",
  };
}

const median = (values: number[]) =>
  [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] as number;

// Wall time and the process's CPU time (user + system): the CPU time is steadier on a shared machine.
function timed<T>(work: () => T): { value: T; ms: number; cpuMs: number } {
  const start = performance.now();
  const cpu = process.cpuUsage();
  const value = work();
  const used = process.cpuUsage(cpu);
  return { value, ms: performance.now() - start, cpuMs: (used.user + used.system) / 1000 };
}

export async function run(): Promise<BenchResult[]> {
  const input = fairnessInput();
  const runs = Array.from({ length: repeat }, () => timed(() => simulateAttainment(input)));
  const result = (runs[0] as { value: ReturnType<typeof simulateAttainment> }).value;
  const perDraw = randomNumbersPerDraw(input, result);
  const randomNumbers = perDraw.reduce((sum, n) => sum + n, 0) * draws;
  const floors = Array.from({ length: repeat }, () => timed(() => floorMs(perDraw)));
  const fairnessMs = median(runs.map((r) => r.ms));
  const fairnessFloor = median(floors.map((f) => f.value));
  const cpuRatio = median(runs.map((r) => r.cpuMs)) / median(floors.map((f) => f.cpuMs));
  const capacity = capacityInput();
  const capacityRuns = Array.from({ length: repeat }, () => timed(() => planCapacity(capacity)));
  const plan = (capacityRuns[0] as { value: ReturnType<typeof planCapacity> }).value;
  const capacityMs = median(capacityRuns.map((r) => r.ms));
  const hires = plan.hires.reduce((n, h) => n + h.count, 0);
  console.log(
    [
      `fairness    ${(fairnessMs / 1000).toFixed(2)} s (runs ${runs.map((r) => (r.ms / 1000).toFixed(2)).join(", ")}); ${(randomNumbers / 1e6).toFixed(0)} M random numbers`,
      `floor       ${(fairnessFloor / 1000).toFixed(2)} s (runs ${floors.map((f) => (f.value / 1000).toFixed(2)).join(", ")}); CPU-time ratio ${cpuRatio.toFixed(2)}×`,
      `company     expected share ≥ 70%: ${(result.company.expectedShare * 100).toFixed(1)}% (p10 ${(result.company.shareP10 * 100).toFixed(1)}%, p90 ${(result.company.shareP90 * 100).toFixed(1)}%), outliers ${result.company.outliers}`,
      `capacity    ${capacityMs.toFixed(0)} ms (runs ${capacityRuns.map((r) => r.ms.toFixed(0)).join(", ")}); ${hires} hires, ${plan.shortfalls.length} shortfall month(s), capacity ${plan.totalCapacity} / target ${plan.totalTarget}`,
    ].join("\n"),
  );
  return [
    {
      name: `fairness check, ${repCount.toLocaleString("en")} reps × ${draws.toLocaleString("en")} draws`,
      measuredMs: fairnessMs,
      floorMs: fairnessFloor,
      floorLabel: `drawing the same ${(randomNumbers / 1e6).toFixed(0)} M 32-bit numbers from pure-rand's xoroshiro128+ in a plain loop`,
      targetRatio: null,
      detail: `${result.teams.length} teams, ${(randomNumbers / 1e6).toFixed(0)} M random numbers, CPU-time ratio ${cpuRatio.toFixed(2)}×`,
    },
    {
      name: "capacity plan, 12 months × 3 roles × 1,000 heads",
      measuredMs: capacityMs,
      floorMs: null,
      floorLabel: null,
      targetRatio: null,
      detail: `${hires} hires`,
    },
  ];
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  console.log(`▶ ${name}`);
  await run();
}
