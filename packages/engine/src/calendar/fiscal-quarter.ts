import { EngineInputError } from "../errors";
import { parseDate } from "./civil-date";
import { addDays, addMonths } from "./dates";
import { checkCalendar, type FiscalCalendar, fiscalYearOf, fiscalYearRange } from "./fiscal-year";

export type FiscalQuarter = { fiscalYear: number; quarter: 1 | 2 | 3 | 4 };

/** The fiscal quarter containing `date`: 2024-05-15 with startMonth 4 is quarter 1 (April–June). */
export function fiscalQuarterOf(date: string, cal: FiscalCalendar): FiscalQuarter {
  checkCalendar(cal);
  const { month } = parseDate(date);
  const monthsIntoYear = (month - cal.startMonth + 12) % 12;
  return {
    fiscalYear: fiscalYearOf(date, cal),
    quarter: (Math.floor(monthsIntoYear / 3) + 1) as 1 | 2 | 3 | 4,
  };
}

/** First and last (inclusive) day of a fiscal quarter. */
export function fiscalQuarterRange(
  fiscalYear: number,
  quarter: number,
  cal: FiscalCalendar,
): { start: string; end: string } {
  if (quarter !== 1 && quarter !== 2 && quarter !== 3 && quarter !== 4) {
    throw new EngineInputError(`A quarter is 1–4, got ${quarter}`, quarter);
  }
  const start = addMonths(fiscalYearRange(fiscalYear, cal).start, (quarter - 1) * 3);
  return { start, end: addDays(addMonths(start, 3), -1) };
}

/** { fiscalYear: 2025, quarter: 2 } → "2025-Q2". */
export function formatFiscalQuarter({ fiscalYear, quarter }: FiscalQuarter): string {
  return `${String(fiscalYear).padStart(4, "0")}-Q${quarter}`;
}

/** "2025-Q2" → { fiscalYear: 2025, quarter: 2 }. */
export function parseFiscalQuarter(text: string): FiscalQuarter {
  const match = typeof text === "string" ? /^(\d{4})-Q([1-4])$/.exec(text) : null;
  if (!match) throw new EngineInputError(`Not a quarter (YYYY-Qn): ${JSON.stringify(text)}`, text);
  return { fiscalYear: Number(match[1]), quarter: Number(match[2]) as 1 | 2 | 3 | 4 };
}
