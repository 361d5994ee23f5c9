import { EngineInputError } from "../errors";
import {
  civilFromDays,
  daysFromCivil,
  daysInMonth,
  formatDate,
  formatMonth,
  fromMonthIndex,
  monthIndex,
  parseDate,
  parseMonth,
  tryParseDate,
  tryParseMonth,
} from "./civil-date";

/** True for a real calendar date written `YYYY-MM-DD` (2024-02-29 yes, 2023-02-29 no, 2024-2-1 no). */
export function isValidDate(text: string): boolean {
  return tryParseDate(text) !== null;
}

/** True for a month written `YYYY-MM`. */
export function isValidMonth(text: string): boolean {
  return tryParseMonth(text) !== null;
}

/** "2024-03-15" → "2024-03". */
export function monthOf(date: string): string {
  const { year, month } = parseDate(date);
  return formatMonth(year, month);
}

// Accepts a date or a month, since "the first day of 2024-03" reads naturally both ways.
function yearMonthOf(dateOrMonth: string): { year: number; month: number } {
  return dateOrMonth.length === 7 ? parseMonth(dateOrMonth) : parseDate(dateOrMonth);
}

/** "2024-02-17" or "2024-02" → "2024-02-01". */
export function firstDayOfMonth(dateOrMonth: string): string {
  const { year, month } = yearMonthOf(dateOrMonth);
  return formatDate({ year, month, day: 1 });
}

/** "2024-02-17" or "2024-02" → "2024-02-29". */
export function lastDayOfMonth(dateOrMonth: string): string {
  const { year, month } = yearMonthOf(dateOrMonth);
  return formatDate({ year, month, day: daysInMonth(year, month) });
}

function checkInteger(n: number, what: string): void {
  if (!Number.isSafeInteger(n)) throw new EngineInputError(`${what} must be an integer, got ${n}`, n);
}

/** Calendar months later (or earlier, n < 0), the day clamped to the month's end: 2024-01-31 + 1 → 2024-02-29. */
export function addMonths(date: string, n: number): string {
  checkInteger(n, "A number of months");
  const { year, month, day } = parseDate(date);
  const target = fromMonthIndex(monthIndex(year, month) + n);
  return formatDate({ ...target, day: Math.min(day, daysInMonth(target.year, target.month)) });
}

/** "2024-11" + 3 → "2025-02". */
export function shiftMonth(month: string, n: number): string {
  checkInteger(n, "A number of months");
  const parsed = parseMonth(month);
  const target = fromMonthIndex(monthIndex(parsed.year, parsed.month) + n);
  return formatMonth(target.year, target.month);
}

/** "2024-02-28" + 1 → "2024-02-29". */
export function addDays(date: string, n: number): string {
  checkInteger(n, "A number of days");
  const result = civilFromDays(daysFromCivil(parseDate(date)) + n);
  return formatDate(result);
}

/** Days from `from` to `to` (negative when `to` is earlier): 2024-02-01 → 2024-03-01 = 29. */
export function daysBetween(from: string, to: string): number {
  return daysFromCivil(parseDate(to)) - daysFromCivil(parseDate(from));
}

/** Every month from `fromMonth` to `toMonth`, both included; empty when `toMonth` is earlier. */
export function monthsInRange(fromMonth: string, toMonth: string): string[] {
  const from = parseMonth(fromMonth);
  const to = parseMonth(toMonth);
  const months: string[] = [];
  for (let i = monthIndex(from.year, from.month); i <= monthIndex(to.year, to.month); i++) {
    const { year, month } = fromMonthIndex(i);
    months.push(formatMonth(year, month));
  }
  return months;
}
