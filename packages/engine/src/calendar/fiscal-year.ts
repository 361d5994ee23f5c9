import { EngineInputError } from "../errors";
import { formatDate, parseDate } from "./civil-date";
import { addDays, addMonths } from "./dates";

/**
 * A workspace's fiscal calendar. `startMonth` 1–12 is the month the fiscal year begins; `naming` says whether
 * FY n is the year that starts or ends in calendar year n (with startMonth 1 both name it by its calendar year).
 * Example: startMonth 4 — 2024-04-01..2025-03-31 is FY2024 under "start" and FY2025 under "end".
 */
export type FiscalCalendar = { startMonth: number; naming: "start" | "end" };

export function checkCalendar(cal: FiscalCalendar): void {
  if (!Number.isInteger(cal.startMonth) || cal.startMonth < 1 || cal.startMonth > 12) {
    throw new EngineInputError(
      `A fiscal year start month must be 1–12, got ${cal.startMonth}`,
      cal.startMonth,
    );
  }
  if (cal.naming !== "start" && cal.naming !== "end") {
    throw new EngineInputError(
      `Fiscal year naming must be "start" or "end", got ${JSON.stringify(cal.naming)}`,
      cal,
    );
  }
}

// How many years the label is ahead of the calendar year in which the fiscal year starts.
function labelOffset(cal: FiscalCalendar): number {
  return cal.naming === "end" && cal.startMonth !== 1 ? 1 : 0;
}

/** The calendar year in which the fiscal year containing `date` began. */
export function fiscalStartYearOf(date: string, cal: FiscalCalendar): number {
  checkCalendar(cal);
  const { year, month } = parseDate(date);
  return month >= cal.startMonth ? year : year - 1;
}

/** The fiscal year label of `date`: 2024-02-10 with startMonth 4 → 2023 ("start") or 2024 ("end"). */
export function fiscalYearOf(date: string, cal: FiscalCalendar): number {
  return fiscalStartYearOf(date, cal) + labelOffset(cal);
}

/** First and last (inclusive) day of fiscal year `fiscalYear`. */
export function fiscalYearRange(fiscalYear: number, cal: FiscalCalendar): { start: string; end: string } {
  checkCalendar(cal);
  if (!Number.isInteger(fiscalYear))
    throw new EngineInputError(`Not a fiscal year: ${fiscalYear}`, fiscalYear);
  const start = formatDate({ year: fiscalYear - labelOffset(cal), month: cal.startMonth, day: 1 });
  return { start, end: addDays(addMonths(start, 12), -1) };
}
