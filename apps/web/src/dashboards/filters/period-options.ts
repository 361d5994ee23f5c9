/**
 * The periods offered by the filters bar, as the KPI API names them: fiscal quarters `2026-Q3`, fiscal years `2026`
 * and months `2026-11`. A fiscal year is named after the calendar year it ends in (as on the revenue page), so with a
 * year starting in April, FY2027 runs April 2026 – March 2027.
 */
export type PeriodKind = "quarter" | "year" | "month";
export type PeriodOption = {
  kind: PeriodKind;
  key: string;
  fiscalYear: number;
  quarter?: number;
  month?: string;
};

function monthIndex(month: string): number {
  return Number(month.slice(0, 4)) * 12 + Number(month.slice(5, 7)) - 1;
}

function monthAt(index: number): string {
  const year = Math.floor(index / 12);
  return `${year}-${String(index - year * 12 + 1).padStart(2, "0")}`;
}

/** The fiscal year (by its name) and quarter (1–4) that a month belongs to. */
export function fiscalPosition(month: string, startMonth: number): { fiscalYear: number; quarter: number } {
  const offset = (Number(month.slice(5, 7)) - startMonth + 12) % 12;
  const fyStartIndex = monthIndex(month) - offset;
  return { fiscalYear: Number(monthAt(fyStartIndex + 11).slice(0, 4)), quarter: Math.floor(offset / 3) + 1 };
}

/** The current fiscal quarter's key: the API's default period. */
export function currentQuarterKey(today: string, startMonth: number): string {
  const { fiscalYear, quarter } = fiscalPosition(today.slice(0, 7), startMonth);
  return `${fiscalYear}-Q${quarter}`;
}

/**
 * Newest first: the quarters of the current and the two previous fiscal years up to the current one, those three
 * years, and the 24 months up to today's.
 */
export function periodOptions(today: string, startMonth: number): PeriodOption[] {
  const current = fiscalPosition(today.slice(0, 7), startMonth);
  const quarters: PeriodOption[] = [];
  for (let year = current.fiscalYear; year >= current.fiscalYear - 2; year--) {
    for (let quarter = 4; quarter >= 1; quarter--) {
      if (year === current.fiscalYear && quarter > current.quarter) continue;
      quarters.push({ kind: "quarter", key: `${year}-Q${quarter}`, fiscalYear: year, quarter });
    }
  }
  const years: PeriodOption[] = [0, 1, 2].map((back) => ({
    kind: "year",
    key: String(current.fiscalYear - back),
    fiscalYear: current.fiscalYear - back,
  }));
  const todayIndex = monthIndex(today.slice(0, 7));
  const months: PeriodOption[] = Array.from({ length: 24 }, (_, back) => {
    const month = monthAt(todayIndex - back);
    return { kind: "month", key: month, month, fiscalYear: fiscalPosition(month, startMonth).fiscalYear };
  });
  return [...quarters, ...years, ...months];
}
