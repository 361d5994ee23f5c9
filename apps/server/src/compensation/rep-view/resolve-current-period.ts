import {
  fiscalQuarterOf,
  fiscalYearOf,
  formatFiscalQuarter,
  type FiscalCalendar,
  type PeriodKind,
} from "@attain/engine";

/** The key of the pay period of `kind` containing `date`: "2026-03", fiscal "2026-Q1" or fiscal "2026". */
export function resolveCurrentPeriod(date: string, kind: PeriodKind, calendar: FiscalCalendar): string {
  if (kind === "month") return date.slice(0, 7);
  if (kind === "quarter") return formatFiscalQuarter(fiscalQuarterOf(date, calendar));
  return String(fiscalYearOf(date, calendar));
}
