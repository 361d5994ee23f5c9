import { lastDayOfMonth, monthOf, shiftMonth } from "../calendar/dates";
import { formatFiscalQuarter } from "../calendar/fiscal-quarter";
import { type FiscalCalendar, fiscalYearRange } from "../calendar/fiscal-year";
import type { PeriodKind } from "../comp/plan";

export type FiscalMonth = {
  /** Calendar month "2025-04". */
  month: string;
  /** 0–11 in the fiscal year, and the fiscal quarter 0–3. */
  index: number;
  quarter: number;
  start: string;
  end: string;
  /** The key of the period of `kind` this month belongs to: "2025-04", "2025-Q1" or "2025". */
  periodKey: string;
};

/** The 12 months of a fiscal year in order, each with the key of its output period. */
export function fiscalMonths(fiscalYear: number, calendar: FiscalCalendar, kind: PeriodKind): FiscalMonth[] {
  const first = monthOf(fiscalYearRange(fiscalYear, calendar).start);
  const year = String(fiscalYear).padStart(4, "0");
  return Array.from({ length: 12 }, (_, index) => {
    const month = shiftMonth(first, index);
    const quarter = Math.floor(index / 3);
    const periodKey =
      kind === "month"
        ? month
        : kind === "quarter"
          ? formatFiscalQuarter({ fiscalYear, quarter: (quarter + 1) as 1 | 2 | 3 | 4 })
          : year;
    return { month, index, quarter, start: `${month}-01`, end: lastDayOfMonth(month), periodKey };
  });
}
