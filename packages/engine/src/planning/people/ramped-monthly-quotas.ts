import { toDec } from "../../money/decimal";
import { roundDec } from "../../money/round-amount";
import { throwIfIssues } from "../planning-input-error";
import { checkDecimal } from "../targets/check-decimal";
import type { PlanningIssue, RampSchedule } from "../types";
import { checkRamp } from "./check-ramp";

/**
 * A new hire's monthly quotas for tenure months 1…`months`: the full monthly quota × the month's ramp share, or the
 * schedule's fixed amount; past the schedule its last value. Each month rounded half up to `places`.
 * Prowi: 50,000 with 0/25/50/75/100 % → 0, 12,500, 25,000, 37,500, 50,000.
 */
export function rampedMonthlyQuotas(
  fullMonthly: string,
  schedule: RampSchedule,
  months: number,
  places = 2,
): string[] {
  const issues: PlanningIssue[] = [];
  const fullIssue = checkDecimal(fullMonthly, "The full monthly quota", "fullMonthly");
  if (fullIssue) issues.push(fullIssue);
  issues.push(...checkRamp(schedule, "schedule", undefined, fullIssue ? undefined : fullMonthly));
  if (!Number.isInteger(months) || months < 0 || months > 1200)
    issues.push({
      code: "invalid",
      message: `months must be a whole number 0–1200, got ${months}`,
      field: "months",
    });
  if (!Number.isInteger(places) || places < 0 || places > 10)
    issues.push({ code: "invalid", message: `places must be 0–10, got ${places}`, field: "places" });
  throwIfIssues(issues);
  const last = schedule.values.length - 1;
  return Array.from({ length: months }, (_, m) => {
    const value = toDec(schedule.values[Math.min(m, last)] ?? "0");
    return roundDec(schedule.kind === "share" ? toDec(fullMonthly).times(value) : value, places, "half_up");
  });
}
