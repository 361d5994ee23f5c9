import type { BalanceAccount, BalanceResult, BalanceTerritory } from "../types";
import { createState, totalCost } from "./assignment-state";
import type { BalanceModel } from "./balance-model";
import type { BalanceWarning } from "./check-balance-input";
import { measureAssignment } from "./measure-balance";

export type BalanceContext = {
  accounts: readonly BalanceAccount[];
  territories: readonly BalanceTerritory[];
  model: BalanceModel;
  warnings: BalanceWarning[];
};

/** The objective F of an assignment (docs/calculations/territory-balancing.md). */
export function objectiveOf(model: BalanceModel, territoryOf: Int32Array): number {
  return totalCost(createState(model, territoryOf));
}

/** The result of a placement: assignments, metrics after and before (same bases), the objective. */
export function balanceResult(
  context: BalanceContext,
  territoryOf: Int32Array,
  method: BalanceResult["method"],
  solver: BalanceResult["solver"],
): BalanceResult {
  const { accounts, territories, model } = context;
  const ids = model.territoryIds;
  const assignment: Record<string, string> = {};
  const previous: Record<string, string> = {};
  accounts.forEach((account, i) => {
    assignment[account.id] = ids[territoryOf[i] as number] as string;
    const current = model.current[i] as number;
    if (current >= 0) previous[account.id] = ids[current] as string;
  });
  const hasBefore = Object.keys(previous).length > 0;
  return {
    assignments: accounts.map((account) => {
      const previousTerritoryId = previous[account.id] ?? null;
      const territoryId = assignment[account.id] as string;
      return {
        accountId: account.id,
        territoryId,
        previousTerritoryId,
        moved: previousTerritoryId !== null && previousTerritoryId !== territoryId,
      };
    }),
    metrics: measureAssignment(accounts, territories, assignment, previous, model.bases),
    before: hasBefore ? measureAssignment(accounts, territories, previous, previous, model.bases) : null,
    method,
    solver,
    objective: objectiveOf(model, territoryOf),
    warnings: context.warnings,
  };
}
