import { type FiscalCalendar, fiscalYearRange, monthsInRange } from "@attain/engine";

/** The twelve months (YYYY-MM) of a fiscal year, its first month first. */
export function fiscalYearMonths(fiscalYear: number, calendar: FiscalCalendar): string[] {
  const { start, end } = fiscalYearRange(fiscalYear, calendar);
  return monthsInRange(start.slice(0, 7), end.slice(0, 7));
}
