import { monthIndex, parseMonth } from "../../calendar/civil-date";

/** Months from `from` to `month` ("2026-01" → "2026-04" = 3; negative when earlier). Both must be valid YYYY-MM. */
export function monthOffset(from: string, month: string): number {
  const a = parseMonth(from);
  const b = parseMonth(month);
  return monthIndex(b.year, b.month) - monthIndex(a.year, a.month);
}
