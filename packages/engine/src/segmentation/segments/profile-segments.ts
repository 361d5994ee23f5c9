import { divideAmount } from "../../money/divide-amount";
import { subtractAmounts, sumAmounts } from "../../money/sum-amounts";
import { toDec } from "../../money/decimal";
import { throwIfIssues } from "../segmentation-input-error";
import type { SegmentationAccount, SegmentationContext, SegmentAssignment, SegmentProfile } from "../types";
import { checkSegmentationAccounts } from "./check-segmentation-accounts";
import { winRateOf } from "./field-value";

function profileOf(
  segment: string,
  members: readonly SegmentationAccount[],
  context: SegmentationContext,
): SegmentProfile {
  const revenue = sumAmounts(members.map((account) => account.history.revenue));
  const orders = members.reduce((sum, account) => sum + account.history.orders, 0);
  const won = members.reduce((sum, account) => sum + account.history.wonDeals, 0);
  const lost = members.reduce((sum, account) => sum + account.history.lostDeals, 0);
  const year = context.lastCompleteYear;
  const previousYear = String(Number(year) - 1);
  const current = sumAmounts(members.map((account) => account.history.revenueByYear[year] ?? "0"));
  const previous = sumAmounts(members.map((account) => account.history.revenueByYear[previousYear] ?? "0"));
  return {
    segment,
    accounts: members.length,
    revenue,
    // An account without an estimate adds nothing to the segment's potential.
    potential: sumAmounts(members.map((account) => account.potential ?? "0")),
    winRate: winRateOf(won, lost),
    averageOrder: orders === 0 ? null : divideAmount(revenue, String(orders), 2, "half_up"),
    // Growth against a zero or negative year has no meaning, so it is null rather than infinite.
    growth: toDec(previous).lte(0)
      ? null
      : divideAmount(subtractAmounts(current, previous), previous, 4, "half_up"),
  };
}

/**
 * Each segment's KPIs: accounts, net bookings and potential (summed exactly), win rate (4 decimals), average order
 * (2 decimals) and growth of the last complete year over the one before (4 decimals), all rounded half up.
 * Segments come in `order` (the method's natural order; segments without accounts are left out), then any others
 * by name. Unsegmented accounts are not profiled.
 */
export function profileSegments(
  accounts: readonly SegmentationAccount[],
  assignments: readonly SegmentAssignment[],
  context: SegmentationContext,
  order: readonly string[] = [],
): SegmentProfile[] {
  throwIfIssues(checkSegmentationAccounts(accounts, context));
  const byId = new Map(accounts.map((account) => [account.id, account]));
  const members = new Map<string, SegmentationAccount[]>();
  const issues = [];
  for (const [i, assignment] of assignments.entries()) {
    const account = byId.get(assignment.accountId);
    if (account === undefined) {
      issues.push({
        code: "invalid" as const,
        accountId: assignment.accountId,
        field: `assignments[${i}].accountId`,
        message: `assignments[${i}]: account ${assignment.accountId} is not among the accounts`,
      });
      continue;
    }
    if (assignment.segment === null) continue;
    const list = members.get(assignment.segment) ?? [];
    list.push(account);
    members.set(assignment.segment, list);
  }
  throwIfIssues(issues);
  const named = order.filter((segment, i) => members.has(segment) && order.indexOf(segment) === i);
  const others = [...members.keys()].filter((segment) => !order.includes(segment)).sort();
  return [...named, ...others].map((segment) => profileOf(segment, members.get(segment) ?? [], context));
}
