import { addDays, addMonths, monthOf } from "@attain/engine";

/**
 * The pay period right after one: same length, starting the day after it ends. Keys follow the period's own form:
 * "2026-01" → "2026-02", "2026-Q4" → "2027-Q1" (fiscal quarters), "2026" → "2027".
 */
export function nextPeriodOf(period: { periodKey: string; periodEnd: string }): {
  periodKey: string;
  periodStart: string;
  periodEnd: string;
} {
  const start = addDays(period.periodEnd, 1);
  const quarter = /^(\d{4})-Q([1-4])$/.exec(period.periodKey);
  if (quarter) {
    const [year, n] = [Number(quarter[1]), Number(quarter[2])];
    const periodKey = n === 4 ? `${year + 1}-Q1` : `${year}-Q${n + 1}`;
    return { periodKey, periodStart: start, periodEnd: addDays(addMonths(start, 3), -1) };
  }
  if (/^\d{4}$/.test(period.periodKey)) {
    return {
      periodKey: String(Number(period.periodKey) + 1),
      periodStart: start,
      periodEnd: addDays(addMonths(start, 12), -1),
    };
  }
  return { periodKey: monthOf(start), periodStart: start, periodEnd: addDays(addMonths(start, 1), -1) };
}
