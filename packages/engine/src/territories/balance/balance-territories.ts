import { TerritoryInputError } from "../territory-input-error";
import type { BalanceInput, BalanceResult, MilpSolver } from "../types";
import { balanceResult } from "./balance-result";
import { heuristicPlacement } from "./heuristic-placement";
import { prepareBalance } from "./prepare-balance";
import { FULL_MODEL_COLUMNS, milpScope, solveMilp } from "./solve-milp";

/**
 * Balances accounts across territories (docs/calculations/territory-balancing.md): minimises the weighted sum of
 * normalised absolute deviations of potential and workload from target, distance to base, disruption and — with
 * `options.band` — a large penalty on each territory's deviation beyond the band, subject
 * to one allowed territory per account, locks, maxAccounts and maxWorkload. The heuristic always runs; then, for
 * "milp" (or "auto" when the full model has at most 20,000 columns), HiGHS through `solver`, started from the
 * heuristic's placement, on the full model or — above 20,000 columns — on a reduced one (a seeded sample of
 * accounts free among their candidate territories, the rest fixed). Synchronous; throws TerritoryInputError with
 * the constraint named when the input is infeasible. With `options.now`, `timeLimitSeconds` is also the heuristic's
 * search budget.
 */
export function balanceTerritories(input: BalanceInput, solver: MilpSolver | null): BalanceResult {
  const context = prepareBalance(input);
  const { model } = context;
  const { options } = input;
  const clock = options.now ? { now: options.now, seconds: options.timeLimitSeconds } : null;
  const heuristic = heuristicPlacement(model, options.seed, clock);
  const wantsMilp =
    solver !== null &&
    (options.method === "milp" ||
      (options.method === "auto" && !milpScope(model, heuristic.territoryOf, options.seed).reduced));
  if (options.method !== "heuristic" && solver === null)
    context.warnings.push({
      code: "no_solver",
      message: `No MILP solver was given: the heuristic's result stands`,
    });
  if (options.method === "auto" && solver !== null && !wantsMilp)
    context.warnings.push({
      code: "milp_skipped",
      message: `The full model has more than ${FULL_MODEL_COLUMNS} columns: "auto" kept the heuristic's result`,
    });
  if (!wantsMilp || solver === null) {
    if (!heuristic.feasible)
      throw new TerritoryInputError([
        {
          code: "infeasible",
          message:
            "The heuristic found no assignment within maxAccounts and maxWorkload; run with the MILP to find one or prove there is none",
        },
      ]);
    return balanceResult(context, heuristic.territoryOf, "heuristic", null);
  }
  const milp = solveMilp(model, solver, heuristic.territoryOf, options);
  if (!heuristic.feasible && !milp.improved)
    throw new TerritoryInputError([
      {
        code: "infeasible",
        message: `Neither the heuristic nor HiGHS (${milp.solver.status}) found an assignment within maxAccounts and maxWorkload`,
      },
    ]);
  if (milp.reduced)
    context.warnings.push({
      code: "reduced_model",
      message:
        "The MILP was solved on a reduced model (a sample of accounts free among their nearest territories, the rest fixed): its bound and gap are those of the reduced model, not of the whole problem",
    });
  if (!milp.improved)
    context.warnings.push({
      code: "milp_no_better",
      message: `HiGHS (${milp.solver.status}) found nothing better than the heuristic's placement, which is kept`,
    });
  return balanceResult(context, milp.territoryOf, milp.improved ? "milp" : "heuristic", milp.solver);
}
