import type { TerritoryIssue } from "../types";
import type { BalanceModel } from "./balance-model";

function allowedIssues(model: BalanceModel): TerritoryIssue[] {
  const issues: TerritoryIssue[] = [];
  model.accountIds.forEach((accountId, i) => {
    const allowed = model.allowed[i];
    const locked = model.locked[i] as number;
    if (allowed && allowed.size === 0)
      issues.push({
        code: "infeasible_allowed",
        message: `Account ${accountId} is allowed in none of the territories being balanced`,
        accountId,
        field: "allowedTerritoryIds",
      });
    else if (allowed && locked >= 0 && !allowed.has(locked))
      issues.push({
        code: "infeasible_allowed",
        message: `Account ${accountId} is locked to ${model.territoryIds[locked]}, outside its allowed territories`,
        accountId,
        field: "lockedTerritoryId",
      });
  });
  return issues;
}

function lockIssues(model: BalanceModel): TerritoryIssue[] {
  const m = model.territoryIds.length;
  const count = new Float64Array(m);
  const workload = new Float64Array(m);
  model.locked.forEach((t, i) => {
    if (t < 0) return;
    count[t] = (count[t] as number) + 1;
    workload[t] = (workload[t] as number) + (model.workload[i] as number);
  });
  const issues: TerritoryIssue[] = [];
  model.territoryIds.forEach((territoryId, t) => {
    if ((count[t] as number) > (model.maxAccounts[t] as number))
      issues.push({
        code: "infeasible_lock",
        message: `Territory ${territoryId} has ${count[t]} locked accounts, more than its maxAccounts ${model.maxAccounts[t]}`,
        territoryId,
        field: "maxAccounts",
      });
    if ((workload[t] as number) > (model.maxWorkload[t] as number))
      issues.push({
        code: "infeasible_lock",
        message: `Territory ${territoryId}'s locked accounts need workload ${workload[t]}, more than its maxWorkload ${model.maxWorkload[t]}`,
        territoryId,
        field: "maxWorkload",
      });
  });
  return issues;
}

function capacityIssues(model: BalanceModel): TerritoryIssue[] {
  const issues: TerritoryIssue[] = [];
  const accounts = model.accountIds.length;
  const seats = model.maxAccounts.reduce((sum, max) => sum + max, 0);
  if (seats < accounts)
    issues.push({
      code: "infeasible_capacity",
      message: `The territories' maxAccounts total ${seats}, fewer than the ${accounts} accounts to place`,
      field: "maxAccounts",
    });
  const workload = model.workload.reduce((sum, w) => sum + w, 0);
  const hours = model.maxWorkload.reduce((sum, max) => sum + max, 0);
  if (hours < workload)
    issues.push({
      code: "infeasible_capacity",
      message: `The territories' maxWorkload total ${hours}, less than the accounts' workload ${workload}`,
      field: "maxWorkload",
    });
  return issues;
}

/**
 * What makes a balancing impossible before any search: an account allowed nowhere or locked outside its allowed
 * set, a territory whose locked accounts alone exceed its capacity, total capacity below the accounts. Finer
 * combinations (capacity left in the allowed territories of a group of accounts) are left to the MILP.
 */
export function checkFeasibility(model: BalanceModel): TerritoryIssue[] {
  return [...allowedIssues(model), ...lockIssues(model), ...capacityIssues(model)];
}
