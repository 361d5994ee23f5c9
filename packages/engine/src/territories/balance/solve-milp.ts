import { TerritoryInputError } from "../territory-input-error";
import type { BalanceResult, MilpSolver, TerritoryIssue } from "../types";
import { createState, totalCost, withinCapacity } from "./assignment-state";
import { type BalanceModel, isAllowed } from "./balance-model";
import { buildMilp, type MilpFamilies, readMilpAssignment } from "./build-milp";
import { seededOrder } from "./seeded-order";

/** Up to this many columns (account × territory pairs) the MILP is the exact, full model. */
export const FULL_MODEL_COLUMNS = 20_000;
/**
 * The reduced model's size. HiGHS WASM parsed and ran 1,000,000 binaries (48 MB of LP text, ~1 GB of WASM memory)
 * without aborting, but parsing alone took longer than the time limit; 40,000 columns (~2 MB) parse in well under
 * a second and leave the time limit to branch-and-bound.
 */
export const REDUCED_MODEL_COLUMNS = 40_000;

export type MilpOutcome = {
  territoryOf: Int32Array;
  solver: NonNullable<BalanceResult["solver"]>;
  reduced: boolean;
  improved: boolean;
};

const ALL: MilpFamilies = { maxAccounts: true, maxWorkload: true, allowed: true };

function allowedTerritories(model: BalanceModel, i: number, families: MilpFamilies): Int32Array {
  const m = model.territoryIds.length;
  const all = Int32Array.from({ length: m }, (_, t) => t);
  return families.allowed ? all.filter((t) => isAllowed(model, i, t)) : all;
}

/** Free accounts and their territories: every unlocked account everywhere allowed when that fits, else a subset. */
export function milpScope(
  model: BalanceModel,
  placed: Int32Array,
  seed: number,
): { free: Map<number, Int32Array>; reduced: boolean } {
  const unlocked = Array.from(model.locked).flatMap((t, i) => (t < 0 ? [i] : []));
  const full = new Map(unlocked.map((i) => [i, allowedTerritories(model, i, ALL)]));
  let columns = 0;
  for (const options of full.values()) columns += options.length;
  if (columns <= FULL_MODEL_COLUMNS) return { free: full, reduced: false };
  // Reduced: each account keeps its candidate territories (nearest bases, current) plus where the heuristic put
  // it; a seeded sample of accounts is free, the others stay where the heuristic put them.
  const free = new Map<number, Int32Array>();
  const order = seededOrder(unlocked.length, seed);
  columns = 0;
  for (const k of order) {
    const i = unlocked[k] as number;
    const options = new Set(model.candidates[i] as Int32Array);
    options.add(placed[i] as number);
    if (columns + options.size > REDUCED_MODEL_COLUMNS) break;
    columns += options.size;
    free.set(i, Int32Array.from(options));
  }
  return { free, reduced: true };
}

function isInfeasible(status: string): boolean {
  return status === "Infeasible" || status === "Primal infeasible or unbounded";
}

// HiGHS proved the model infeasible: find which constraint family by re-solving with one family dropped at a time.
function diagnose(
  model: BalanceModel,
  solver: MilpSolver,
  placed: Int32Array,
  timeLimitSeconds: number,
): never {
  const families: [keyof MilpFamilies, string][] = [
    ["maxAccounts", "the territories' maxAccounts"],
    ["maxWorkload", "the territories' maxWorkload"],
    ["allowed", "the accounts' allowed territories"],
  ];
  for (const [family, words] of families) {
    const relaxed = { ...ALL, [family]: false };
    const free = new Map(
      Array.from(model.locked).flatMap((t, i) =>
        t < 0 ? [[i, allowedTerritories(model, i, relaxed)] as const] : [],
      ),
    );
    const milp = buildMilp(model, free, placed, relaxed);
    const solution = solver(milp.lp, { timeLimitSeconds, mipRelGap: 1 });
    // Feasible only when HiGHS shows an assignment: a time limit without one proves nothing.
    if (!isInfeasible(solution.status) && Object.keys(solution.values).length > 0) {
      const issue: TerritoryIssue = {
        code: "infeasible",
        message: `No assignment satisfies ${words} together with the other constraints (feasible without them)`,
        field: family === "allowed" ? "allowedTerritoryIds" : family,
      };
      throw new TerritoryInputError([issue]);
    }
  }
  throw new TerritoryInputError([
    {
      code: "infeasible",
      message: "No assignment satisfies the constraints, even with any one family relaxed",
    },
  ]);
}

/**
 * The MILP step after the heuristic: builds the (full or reduced) model, passes the heuristic's placement as the
 * start, and keeps the MILP's assignment only when it is within capacity and better on the objective. When HiGHS
 * proves the full model infeasible, names the family (TerritoryInputError "infeasible").
 */
export function solveMilp(
  model: BalanceModel,
  solver: MilpSolver,
  placed: Int32Array,
  options: { timeLimitSeconds: number; mipRelGap: number; seed: number },
): MilpOutcome {
  const { free, reduced } = milpScope(model, placed, options.seed);
  const milp = buildMilp(model, free, placed, ALL);
  const startState = createState(model, placed);
  const feasibleStart = withinCapacity(startState);
  const solution = solver(milp.lp, {
    timeLimitSeconds: options.timeLimitSeconds,
    mipRelGap: options.mipRelGap,
    ...(feasibleStart ? { start: milp.start } : {}),
  });
  if (isInfeasible(solution.status) && !reduced) diagnose(model, solver, placed, options.timeLimitSeconds);
  const report = {
    status: solution.status,
    objective: 0,
    bound: null as number | null,
    gap: solution.gap,
    seconds: solution.seconds ?? 0,
  };
  // The solver's objective is scaled (× accounts) and misses the fixed accounts' constant: report F instead, and
  // the bound on the same scale.
  const n = Math.max(1, model.accountIds.length);
  const heuristicCost = totalCost(startState);
  if (Object.keys(solution.values).length === 0 || solution.objective === null)
    return { territoryOf: placed, solver: { ...report, objective: heuristicCost }, reduced, improved: false };
  const territoryOf = readMilpAssignment(milp, placed, solution.values);
  const state = createState(model, territoryOf);
  const cost = totalCost(state);
  const offset = cost - solution.objective / n;
  const bound = solution.bound === null ? null : solution.bound / n + offset;
  const better = withinCapacity(state) && (!feasibleStart || cost < heuristicCost - 1e-12);
  return {
    territoryOf: better ? territoryOf : placed,
    solver: { ...report, objective: cost, bound },
    reduced,
    improved: better,
  };
}
