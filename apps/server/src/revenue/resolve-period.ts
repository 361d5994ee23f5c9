import { addMonths, fiscalYearOf, fiscalYearRange, type FiscalCalendar } from "@attain/engine";
import { problems } from "../http/problem";

export type Period = { from: string; to: string; fromDay: string; toDayExclusive: string };

/** The months asked for, defaulting to the fiscal year that contains `today`; at most 36 months. */
export function resolvePeriod(
  query: { from?: string | undefined; to?: string | undefined },
  today: string,
  calendar: FiscalCalendar,
): Period {
  const fiscalYear = fiscalYearRange(fiscalYearOf(today, calendar), calendar);
  const from = query.from ?? fiscalYear.start.slice(0, 7);
  const to = query.to ?? fiscalYear.end.slice(0, 7);
  if (from > to) throw problems.invalid([{ path: "to", message: "`to` must not be before `from`" }]);
  // The month after `to` must still be a four-digit year.
  if (to > "9998-12") throw problems.invalid([{ path: "to", message: "`to` must be before 9999-12" }]);
  const toDayExclusive = addMonths(`${to}-01`, 1);
  if (monthNumber(to) - monthNumber(from) + 1 > 36) {
    throw problems.invalid([{ path: "to", message: "A period can span at most 36 months" }]);
  }
  return { from, to, fromDay: `${from}-01`, toDayExclusive };
}

/** Months since year 0 of a `YYYY-MM` string, so spans are counted without leaving the engine's year range. */
function monthNumber(month: string): number {
  return Number(month.slice(0, 4)) * 12 + Number(month.slice(5, 7));
}
