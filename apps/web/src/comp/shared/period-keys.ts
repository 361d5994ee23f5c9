import type { AppLocale } from "../../format/locale";
import { addMonths, fiscalYearName, fiscalYearStart } from "../../revenue/fiscal-periods";

const monthKey = /^(\d{4})-(0[1-9]|1[0-2])$/;
const quarterKey = /^(\d{4})-Q([1-4])$/;
const yearKey = /^\d{4}$/;

export function isPeriodKey(value: unknown): value is string {
  return typeof value === "string" && (monthKey.test(value) || quarterKey.test(value) || yearKey.test(value));
}

/**
 * Pay periods offered in pickers, newest first: the months and fiscal quarters of the current and previous fiscal
 * year that have started by `today`, plus any period the server already knows. Quarters are named after the fiscal
 * year (FY named after the calendar year it ends in): with a January start, Oct–Dec 2026 is "2026-Q4".
 */
export function periodChoices(
  today: string,
  fiscalYearStartMonth: number,
  known: readonly string[] = [],
): string[] {
  const first = addMonths(fiscalYearStart(today, fiscalYearStartMonth), -12);
  const keys: string[] = [];
  // Newest month first; a quarter is listed just before the latest of its months.
  for (let month = today.slice(0, 7); month >= first; month = addMonths(month, -1)) {
    const quarter = fiscalQuarterOf(month, fiscalYearStartMonth);
    if (!keys.includes(quarter)) keys.push(quarter);
    keys.push(month);
  }
  const older = known.filter((key) => isPeriodKey(key) && !keys.includes(key));
  return [...keys, ...[...new Set(older)].sort().reverse()];
}

/** The fiscal quarter key of a month: with an April start, 2026-05 → "2027-Q1". */
export function fiscalQuarterOf(month: string, fiscalYearStartMonth: number): string {
  const fyStart = fiscalYearStart(`${month}-01`, fiscalYearStartMonth);
  const index = (value: string) => Number(value.slice(0, 4)) * 12 + Number(value.slice(5, 7));
  return `${fiscalYearName(fyStart)}-Q${Math.floor((index(month) - index(fyStart)) / 3) + 1}`;
}

/** "2026-10" → "Oct 2026" / "oct. 2026"; "2026-Q4" → "Q4 2026" / "T4 2026"; "2026" → "FY2026" / "Exercice 2026". */
export function formatPeriodKey(key: string, locale: AppLocale): string {
  const quarter = quarterKey.exec(key);
  if (quarter) return `${locale === "fr" ? "T" : "Q"}${quarter[2]} ${quarter[1]}`;
  if (yearKey.test(key)) return locale === "fr" ? `Exercice ${key}` : `FY${key}`;
  if (monthKey.test(key)) {
    return new Intl.DateTimeFormat(locale === "fr" ? "fr-FR" : "en-GB", {
      month: "short",
      year: "numeric",
      timeZone: "UTC",
    }).format(new Date(`${key}-01T00:00:00Z`));
  }
  return key;
}

/**
 * The period a page opens on: the newest one the server knows, else the last fiscal quarter that has ended
 * (nothing calculated yet: that is the one to calculate). Today 2026-11-22, January year → "2026-Q3".
 */
export function defaultPeriodKey(
  known: readonly string[],
  today: string,
  fiscalYearStartMonth: number,
): string {
  const newest = known.at(-1);
  if (newest) return newest;
  const current = fiscalQuarterOf(today.slice(0, 7), fiscalYearStartMonth);
  let month = today.slice(0, 7);
  while (fiscalQuarterOf(month, fiscalYearStartMonth) === current) month = addMonths(month, -1);
  return fiscalQuarterOf(month, fiscalYearStartMonth);
}
