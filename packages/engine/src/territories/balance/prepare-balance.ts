import { TerritoryInputError } from "../territory-input-error";
import type { BalanceInput, BalanceTerritory, TerritoryIssue } from "../types";
import { buildBalanceModel } from "./balance-model";
import type { BalanceContext } from "./balance-result";
import { balanceWarnings, checkBalanceInput } from "./check-balance-input";
import { checkFeasibility } from "./check-feasibility";
import { territoryBases } from "./territory-bases";

function optionIssues(input: BalanceInput): TerritoryIssue[] {
  const issues: TerritoryIssue[] = [];
  const options = input.options;
  const bad = (field: string, message: string) => issues.push({ code: "invalid", message, field });
  for (const term of ["potential", "workload", "compactness", "disruption"] as const) {
    const weight = options.weights?.[term];
    if (typeof weight !== "number" || !Number.isFinite(weight) || weight < 0)
      bad(`options.weights.${term}`, `options.weights.${term} must be a finite number ≥ 0, got ${weight}`);
  }
  if (!["heuristic", "milp", "auto"].includes(options.method))
    bad(
      "options.method",
      `options.method must be heuristic, milp or auto, got ${JSON.stringify(options.method)}`,
    );
  if (!(options.timeLimitSeconds > 0) || !Number.isFinite(options.timeLimitSeconds))
    bad("options.timeLimitSeconds", `options.timeLimitSeconds must be > 0, got ${options.timeLimitSeconds}`);
  if (!(options.mipRelGap >= 0) || !Number.isFinite(options.mipRelGap))
    bad("options.mipRelGap", `options.mipRelGap must be ≥ 0, got ${options.mipRelGap}`);
  if (options.band !== null && !(options.band >= 0 && options.band <= 1))
    bad("options.band", `options.band must be null or a number from 0 to 1, got ${options.band}`);
  if (options.now !== undefined && typeof options.now !== "function")
    bad("options.now", "options.now must be a function returning milliseconds");
  if (!Number.isSafeInteger(options.seed))
    bad("options.seed", `options.seed must be an integer, got ${options.seed}`);
  return issues;
}

function baseWarnings(territories: readonly BalanceTerritory[], context: BalanceContext): void {
  const unknown = territories.filter((_, t) => context.model.bases[t] === null).map((t) => t.id);
  if (unknown.length > 0 && context.model.hasCoordinates.some((flag) => flag === 1))
    context.warnings.push({
      code: "unknown_base",
      message: `${unknown.length} territory(ies) with neither a base nor located accounts today: distances to them count as the reference distance (${unknown.join(", ")})`,
    });
}

/** Checks the input (all issues at once), then feasibility, and builds the model; throws TerritoryInputError. */
export function prepareBalance(input: BalanceInput): BalanceContext {
  const issues = [...checkBalanceInput(input.accounts, input.territories), ...optionIssues(input)];
  if (issues.length > 0) throw new TerritoryInputError(issues);
  const bases = territoryBases(input.accounts, input.territories);
  const model = buildBalanceModel(
    input.accounts,
    input.territories,
    bases,
    input.options.weights,
    input.options.band,
  );
  const infeasible = checkFeasibility(model);
  if (infeasible.length > 0) throw new TerritoryInputError(infeasible);
  const context: BalanceContext = {
    accounts: input.accounts,
    territories: input.territories,
    model,
    warnings: balanceWarnings(input.accounts, input.territories),
  };
  baseWarnings(input.territories, context);
  return context;
}
