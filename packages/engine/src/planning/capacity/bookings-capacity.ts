import { Dec, toDec } from "../../money/decimal";
import { roundDec } from "../../money/round-amount";
import { checkBoundedDecimal } from "../fairness/check-bounded-decimal";
import { throwIfIssues } from "../planning-input-error";
import type { PlanningIssue } from "../types";

/** Reps alike: how many, their quota (or productivity), expected attainment and ramp factor (default 1). */
export type BookingsGroup = { count: number; quota: string; attainment: string; ramp?: string };

/**
 * Bookings capacity = Σ count × quota × attainment × ramp, exact, written with `places` digits (half-even; default
 * 2). MetricKit: 7 × 150,000 × 0.85 + 3 × 150,000 × ramp 0.40 = 892,500 + 180,000 = 1,072,500.00.
 */
export function bookingsCapacity(groups: readonly BookingsGroup[], places = 2): string {
  const issues: PlanningIssue[] = [];
  groups.forEach((group, i) => {
    const at = `groups[${i}]`;
    if (!Number.isInteger(group.count) || group.count < 0)
      issues.push({
        code: "invalid",
        message: `${at}.count must be a whole number ≥ 0, got ${group.count}`,
        field: `${at}.count`,
      });
    for (const [name, value] of [
      ["quota", group.quota],
      ["attainment", group.attainment],
      ["ramp", group.ramp ?? "1"],
    ] as const) {
      const problem = checkBoundedDecimal(
        value,
        `The ${name} of group ${i + 1}`,
        `${at}.${name}`,
        name === "ramp" ? { max: "1", code: "ramp_over_100" } : {},
      );
      if (problem) issues.push(problem);
    }
  });
  throwIfIssues(issues);
  const total = groups.reduce(
    (sum, group) =>
      sum.plus(
        toDec(group.quota)
          .times(group.count)
          .times(group.attainment)
          .times(group.ramp ?? "1"),
      ),
    new Dec(0),
  );
  return roundDec(total, places, "half_even");
}
