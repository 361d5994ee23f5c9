import {
  type CalcPeriod,
  type FiscalCalendar,
  fiscalQuarterRange,
  fiscalYearOf,
  fiscalYearRange,
  formatFiscalQuarter,
  lastDayOfMonth,
  monthsInRange,
  type PeriodKind,
} from "@attain/engine";
import { problems } from "../../http/problem";

export type ResolvedPeriod = {
  period: CalcPeriod;
  kind: PeriodKind;
  fiscalYear: number;
  /** Every period of the same kind in the fiscal year, in order, `period` included. */
  yearPeriods: CalcPeriod[];
};

const yearPattern = /^(\d{4})$/;
const quarterPattern = /^(\d{4})-Q([1-4])$/;
const monthPattern = /^(\d{4})-(0[1-9]|1[0-2])$/;

/**
 * A pay period by key in the workspace's fiscal calendar: "2025" (fiscal year), "2025-Q1" (fiscal quarter) or
 * "2025-01" (calendar month, in the fiscal year that contains it). Anything else is a 400 naming `periodKey`.
 */
export function resolveCalcPeriod(periodKey: string, calendar: FiscalCalendar): ResolvedPeriod {
  const year = yearPattern.exec(periodKey);
  if (year) {
    const fiscalYear = Number(year[1]);
    const period = { key: periodKey, ...fiscalYearRange(fiscalYear, calendar) };
    return { period, kind: "year", fiscalYear, yearPeriods: [period] };
  }
  const quarter = quarterPattern.exec(periodKey);
  if (quarter) {
    const fiscalYear = Number(quarter[1]);
    const yearPeriods = [1, 2, 3, 4].map((q) => ({
      key: formatFiscalQuarter({ fiscalYear, quarter: q as 1 | 2 | 3 | 4 }),
      ...fiscalQuarterRange(fiscalYear, q, calendar),
    }));
    return { period: yearPeriods[Number(quarter[2]) - 1]!, kind: "quarter", fiscalYear, yearPeriods };
  }
  if (monthPattern.test(periodKey) && !periodKey.startsWith("0000")) {
    const fiscalYear = fiscalYearOf(`${periodKey}-01`, calendar);
    const range = fiscalYearRange(fiscalYear, calendar);
    const yearPeriods = monthsInRange(range.start.slice(0, 7), range.end.slice(0, 7)).map((month) => ({
      key: month,
      start: `${month}-01`,
      end: lastDayOfMonth(month),
    }));
    const period = yearPeriods.find((p) => p.key === periodKey)!;
    return { period, kind: "month", fiscalYear, yearPeriods };
  }
  throw problems.invalid([{ path: "periodKey", message: "Expected a period as YYYY, YYYY-Qn or YYYY-MM" }]);
}
