import type { MilpSolution, MilpSolver } from "../types";

/** The part of highs-js's legacy API the adapter needs: `solve(lpText, options)`. */
export type HighsLike = { solve(lp: string, options?: Record<string, unknown>): unknown };

type PersistentModel = {
  options: { set(options: Record<string, unknown>): unknown };
  info: { get(name: string): unknown };
  getDimensions(): { numCols: number };
  getColName(index: number): string;
  setSolution(solution: { indices: Int32Array; values: Float64Array }): unknown;
  run(): unknown;
  getModelStatus(): number;
  getObjectiveValue(): number;
  getSolution(): { colValue: Float64Array };
  getRunTime(): number;
  dispose(): void;
};
type PersistentHighs = HighsLike & {
  createModel(source: { format: "lp"; data: string }): PersistentModel;
  constants: { modelStatus: Record<string, number> };
};

type LegacyResult = { Status: string; ObjectiveValue: number; Columns?: Record<string, { Primal?: number }> };

const STATUS_TEXT: Record<string, string> = {
  notSet: "Not Set",
  loadError: "Load error",
  modelError: "Model error",
  presolveError: "Presolve error",
  solveError: "Solve error",
  postsolveError: "Postsolve error",
  empty: "Empty",
  optimal: "Optimal",
  infeasible: "Infeasible",
  unboundedOrInfeasible: "Primal infeasible or unbounded",
  unbounded: "Unbounded",
  objectiveBound: "Bound on objective reached",
  objectiveTarget: "Target for objective reached",
  timeLimit: "Time limit reached",
  iterationLimit: "Iteration limit reached",
  unknown: "Unknown",
  solutionLimit: "Solution limit reached",
  interrupted: "Interrupted",
};

const finite = (value: unknown): number | null =>
  typeof value === "number" && Number.isFinite(value) ? value : null;

function isPersistent(highs: HighsLike): highs is PersistentHighs {
  const candidate = highs as Partial<PersistentHighs>;
  return typeof candidate.createModel === "function" && typeof candidate.constants === "object";
}

// The persistent API (highs ≥ 1.9): parses the same LP text, takes the start as a sparse MIP start (HiGHS
// completes and checks it), and reports the best bound and gap.
function solvePersistent(
  highs: PersistentHighs,
  lp: string,
  options: { timeLimitSeconds: number; mipRelGap: number; start?: Record<string, number> },
): MilpSolution {
  const model = highs.createModel({ format: "lp", data: lp });
  try {
    model.options.set({
      output_flag: false,
      time_limit: options.timeLimitSeconds,
      mip_rel_gap: options.mipRelGap,
    });
    const columns = model.getDimensions().numCols;
    const names = Array.from({ length: columns }, (_, k) => model.getColName(k));
    if (options.start) {
      const indices: number[] = [];
      const values: number[] = [];
      names.forEach((name, k) => {
        const value = options.start?.[name];
        if (value !== undefined) {
          indices.push(k);
          values.push(value);
        }
      });
      if (indices.length > 0)
        model.setSolution({ indices: Int32Array.from(indices), values: Float64Array.from(values) });
    }
    model.run();
    const code = model.getModelStatus();
    const key =
      Object.entries(highs.constants.modelStatus).find(([, value]) => value === code)?.[0] ?? "unknown";
    const status = STATUS_TEXT[key] ?? key;
    const hasSolution = Number(model.info.get("primal_solution_status")) === 2;
    const colValue = hasSolution ? model.getSolution().colValue : new Float64Array(0);
    const values: Record<string, number> = {};
    if (hasSolution)
      names.forEach((name, k) => {
        values[name] = colValue[k] as number;
      });
    return {
      status,
      objective: hasSolution ? finite(model.getObjectiveValue()) : null,
      bound: finite(model.info.get("mip_dual_bound")),
      gap: hasSolution ? finite(model.info.get("mip_gap")) : null,
      values,
      seconds: model.getRunTime(),
    };
  } finally {
    model.dispose();
  }
}

function solveLegacy(highs: HighsLike, lp: string, options: { timeLimitSeconds: number; mipRelGap: number }) {
  const result = highs.solve(lp, {
    output_flag: false,
    time_limit: options.timeLimitSeconds,
    mip_rel_gap: options.mipRelGap,
  }) as LegacyResult;
  const values: Record<string, number> = {};
  for (const [name, col] of Object.entries(result.Columns ?? {})) values[name] = col.Primal ?? 0;
  const solved = Object.keys(values).length > 0 && result.Status !== "Infeasible";
  return {
    status: result.Status,
    objective: solved ? finite(result.ObjectiveValue) : null,
    bound: null,
    gap: null,
    values,
  } satisfies MilpSolution;
}

/**
 * The MilpSolver over a loaded highs-js module (`const highs = await highsLoader()`). With the persistent API
 * (highs-js ≥ 1.9) the heuristic's placement is passed as a MIP start and the best bound and gap are reported;
 * with only `solve()` there is no start (the optimiser then keeps the better of heuristic and MILP) and no bound.
 */
export function createHighsSolver(highs: {
  solve(lp: string, options?: Record<string, unknown>): unknown;
}): MilpSolver {
  return (lp, options) =>
    isPersistent(highs) ? solvePersistent(highs, lp, options) : solveLegacy(highs, lp, options);
}
