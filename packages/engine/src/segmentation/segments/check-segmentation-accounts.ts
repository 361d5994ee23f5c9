import { isValidDate } from "../../calendar/dates";
import type { SegmentationAccount, SegmentationContext, SegmentationIssue } from "../types";

const PLAIN_DECIMAL = /^-?\d+(\.\d+)?$/;
const YEAR = /^\d{4}$/;

function checkAmount(
  value: string | null,
  where: { accountId: string; field: string },
  issues: SegmentationIssue[],
  mayBeNegative: boolean,
): void {
  if (value === null) return;
  if (typeof value !== "string" || !PLAIN_DECIMAL.test(value)) {
    issues.push({
      code: "not_a_decimal",
      ...where,
      message: `${where.field}: ${JSON.stringify(value)} is not a plain decimal`,
    });
  } else if (!mayBeNegative && value.startsWith("-") && !/^-0(\.0+)?$/.test(value)) {
    issues.push({
      code: "negative_amount",
      ...where,
      message: `${where.field}: ${value} must not be negative`,
    });
  }
}

function checkCount(
  value: number,
  where: { accountId: string; field: string },
  issues: SegmentationIssue[],
): void {
  if (!Number.isSafeInteger(value) || value < 0) {
    issues.push({
      code: "invalid",
      ...where,
      message: `${where.field}: ${value} must be a whole number, 0 or more`,
    });
  }
}

function checkAccount(account: SegmentationAccount, i: number, issues: SegmentationIssue[]): void {
  const at = (field: string) => ({ accountId: account.id, field: `accounts[${i}].${field}` });
  if (account.employees !== null) checkCount(account.employees, at("employees"), issues);
  checkAmount(account.annualRevenue, at("annualRevenue"), issues, false);
  checkAmount(account.potential, at("potential"), issues, false);
  const history = account.history;
  // Net bookings may be negative: cancellations can outweigh orders in a window.
  checkAmount(history.revenue, at("history.revenue"), issues, true);
  for (const [year, amount] of Object.entries(history.revenueByYear)) {
    if (!YEAR.test(year)) {
      issues.push({
        code: "invalid",
        ...at(`history.revenueByYear.${year}`),
        message: `history.revenueByYear: "${year}" is not a year`,
      });
    }
    checkAmount(amount, at(`history.revenueByYear.${year}`), issues, true);
  }
  for (const key of ["firstOrderDate", "lastOrderDate"] as const) {
    const date = history[key];
    if (date !== null && !isValidDate(date)) {
      issues.push({
        code: "invalid",
        ...at(`history.${key}`),
        message: `history.${key}: "${date}" is not a YYYY-MM-DD date`,
      });
    }
  }
  checkCount(history.orders, at("history.orders"), issues);
  checkCount(history.wonDeals, at("history.wonDeals"), issues);
  checkCount(history.lostDeals, at("history.lostDeals"), issues);
}

/** Every problem with the accounts (by account and field) and the context; empty when segmentation can run. */
export function checkSegmentationAccounts(
  accounts: readonly SegmentationAccount[],
  context?: SegmentationContext,
): SegmentationIssue[] {
  const issues: SegmentationIssue[] = [];
  if (context !== undefined) {
    if (!isValidDate(context.asOf)) {
      issues.push({
        code: "invalid",
        field: "asOf",
        message: `asOf: "${context.asOf}" is not a YYYY-MM-DD date`,
      });
    }
    if (!YEAR.test(context.lastCompleteYear)) {
      issues.push({
        code: "invalid",
        field: "lastCompleteYear",
        message: `lastCompleteYear: "${context.lastCompleteYear}" is not a year`,
      });
    }
  }
  const seen = new Map<string, number>();
  accounts.forEach((account, i) => {
    const first = seen.get(account.id);
    if (first !== undefined) {
      issues.push({
        code: "duplicate_account",
        accountId: account.id,
        field: `accounts[${i}].id`,
        message: `accounts[${i}].id: account ${account.id} is also accounts[${first}]`,
      });
    } else seen.set(account.id, i);
    checkAccount(account, i, issues);
  });
  return issues;
}
