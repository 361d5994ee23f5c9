import {
  type FiscalCalendar,
  fiscalQuarterOf,
  fiscalQuarterRange,
  fiscalYearRange,
  isValidMonth,
} from "@attain/engine";
import { problems } from "../http/problem";
import { type Period, resolvePeriod } from "../revenue/resolve-period";

/**
 * The months a KPI request covers: `from`/`to` months, or `period` — a fiscal quarter (`2026-Q3`), a fiscal year
 * (`2026`) or a month (`2026-11`) — defaulting to the fiscal quarter that contains `today`.
 */
export function resolveKpiPeriod(
  query: { period?: string | undefined; from?: string | undefined; to?: string | undefined },
  today: string,
  calendar: FiscalCalendar,
): Period {
  if (query.from !== undefined || query.to !== undefined) {
    if (query.from === undefined || query.to === undefined)
      throw problems.invalid([{ path: query.from ? "to" : "from", message: "`from` and `to` go together" }]);
    return resolvePeriod(query, today, calendar);
  }
  const range = rangeOf(query.period, today, calendar);
  return resolvePeriod({ from: range.start.slice(0, 7), to: range.end.slice(0, 7) }, today, calendar);
}

function rangeOf(period: string | undefined, today: string, calendar: FiscalCalendar) {
  if (period === undefined) {
    const q = fiscalQuarterOf(today, calendar);
    return fiscalQuarterRange(q.fiscalYear, q.quarter, calendar);
  }
  const quarter = /^(\d{4})-Q([1-4])$/.exec(period);
  if (quarter) return fiscalQuarterRange(Number(quarter[1]), Number(quarter[2]), calendar);
  if (/^\d{4}$/.test(period)) return fiscalYearRange(Number(period), calendar);
  if (isValidMonth(period)) return { start: `${period}-01`, end: `${period}-01` };
  throw problems.invalid([
    {
      path: "period",
      message: "A period is a fiscal quarter (2026-Q3), a fiscal year (2026) or a month (2026-11)",
    },
  ]);
}
