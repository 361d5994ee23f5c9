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
  const toDayExclusive = addMonths(`${to}-01`, 1);
  if (addMonths(`${from}-01`, 36) < toDayExclusive) {
    throw problems.invalid([{ path: "to", message: "A period can span at most 36 months" }]);
  }
  return { from, to, fromDay: `${from}-01`, toDayExclusive };
}
