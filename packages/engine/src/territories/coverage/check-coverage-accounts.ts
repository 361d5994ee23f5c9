import type { TerritoryAccount, TerritoryIssue } from "../types";
import { isPlainDecimal } from "./scaled-amounts";

/** Each account's id (unique), potential (a non-negative plain decimal) and employees (a number or null), by row. */
export function checkCoverageAccounts(accounts: readonly TerritoryAccount[]): TerritoryIssue[] {
  if (!Array.isArray(accounts))
    return [{ code: "invalid", message: "accounts must be a list", field: "accounts" }];
  const issues: TerritoryIssue[] = [];
  const seen = new Map<string, number>();
  accounts.forEach((account, i) => {
    const at = `accounts[${i}]`;
    if (
      account === null ||
      typeof account !== "object" ||
      typeof account.id !== "string" ||
      account.id === ""
    ) {
      issues.push({ code: "invalid", message: `${at} has no id`, field: `${at}.id` });
      return;
    }
    const { id: accountId } = account;
    const first = seen.get(accountId);
    if (first !== undefined)
      issues.push({
        code: "duplicate_account",
        message: `${accountId} is listed twice (accounts[${first}] and ${at})`,
        accountId,
        field: `${at}.id`,
      });
    else seen.set(accountId, i);
    if (!isPlainDecimal(account.potential))
      issues.push({
        code: "not_a_decimal",
        message: `${accountId}: potential ${JSON.stringify(account.potential)} is not a plain decimal (e.g. "12500.00")`,
        accountId,
        field: `${at}.potential`,
      });
    else if (account.potential.startsWith("-") && /[1-9]/.test(account.potential))
      issues.push({
        code: "negative_amount",
        message: `${accountId}: potential ${account.potential} is negative`,
        accountId,
        field: `${at}.potential`,
      });
    const { employees } = account;
    if (employees !== null && (typeof employees !== "number" || !Number.isFinite(employees) || employees < 0))
      issues.push({
        code: "invalid",
        message: `${accountId}: employees must be a non-negative number or null, got ${JSON.stringify(employees)}`,
        accountId,
        field: `${at}.employees`,
      });
  });
  return issues;
}
