import type { CalcPeriod } from "../comp/calculation";
import { addDays, isValidDate } from "../calendar/dates";
import { countPeriodsBetween } from "./count-periods-between";

/**
 * Where a period stands against a draw's `until` (inclusive): a date `YYYY-MM-DD` (the draw covers every period
 * starting on or before it) or a period key like "2025-Q2" (the draw covers that period and those before).
 * "first_after" is the one period in which an unrecovered balance is forgiven.
 */
export function drawTermOf(until: string | null, period: CalcPeriod): "active" | "first_after" | "after" {
  if (until === null) return "active";
  if (isValidDate(until)) {
    if (period.start <= until) return "active";
    const dayAfter = addDays(until, 1);
    return period.start <= dayAfter && dayAfter <= period.end ? "first_after" : "after";
  }
  const elapsed = countPeriodsBetween(until, period.key);
  return elapsed <= 0 ? "active" : elapsed === 1 ? "first_after" : "after";
}
