import { parseDate } from "../calendar/civil-date";
import { addDays, addMonths, isValidDate } from "../calendar/dates";
import type { CalcPeriod } from "../comp/calculation";
import { EngineInputError } from "../errors";
import { countPeriodsBetween } from "./count-periods-between";

/**
 * Where a period stands against a draw's `until` (inclusive): a date `YYYY-MM-DD` (the draw covers every period
 * starting on or before it) or a period key like "2025-Q2" (the draw covers that period and those before).
 * "first_after" is the one period in which an unrecovered balance is forgiven: for a date, the first period whose
 * start is after `until` — the one whose predecessor starts on or before it (until 2025-06-15 → July, not June).
 */
export function drawTermOf(until: string | null, period: CalcPeriod): "active" | "first_after" | "after" {
  if (until === null) return "active";
  if (isValidDate(until)) {
    if (period.start <= until) return "active";
    return previousPeriodStart(period) <= until ? "first_after" : "after";
  }
  const elapsed = countPeriodsBetween(until, period.key);
  return elapsed <= 0 ? "active" : elapsed === 1 ? "first_after" : "after";
}

/**
 * Plan periods are whole calendar months (a month, a quarter, a year) laid end to end, so the previous period
 * starts as many months earlier as this one spans: 2025-07 → 2025-06-01, 2025-Q3 (Jul–Sep) → 2025-04-01.
 */
function previousPeriodStart(period: CalcPeriod): string {
  const from = parseDate(period.start);
  const next = parseDate(addDays(period.end, 1));
  const months = (next.year - from.year) * 12 + (next.month - from.month);
  if (from.day !== 1 || next.day !== 1 || months < 1) {
    throw new EngineInputError(
      `A draw period must span whole calendar months, got ${period.key} (${period.start} to ${period.end})`,
      period.key,
    );
  }
  return addMonths(period.start, -months);
}
