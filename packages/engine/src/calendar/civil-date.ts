import { EngineInputError } from "../errors";

/**
 * Dates as integers, never `Date`: a `YYYY-MM-DD` string is parsed to numbers and days are counted with
 * Howard Hinnant's proleptic-Gregorian algorithms, so no time zone or local clock can shift a day.
 */
export type CivilDate = { year: number; month: number; day: number };

const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const MONTH = /^(\d{4})-(\d{2})$/;

export function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

export function daysInMonth(year: number, month: number): number {
  if (month === 2) return isLeapYear(year) ? 29 : 28;
  return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
}

/** `null` unless `text` is a real calendar date from 0001-01-01 to 9999-12-31. */
export function tryParseDate(text: string): CivilDate | null {
  const match = typeof text === "string" ? DATE.exec(text) : null;
  if (!match) return null;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  if (year < 1 || month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return null;
  return { year, month, day };
}

export function parseDate(text: string): CivilDate {
  const date = tryParseDate(text);
  if (!date) throw new EngineInputError(`Not a valid date (YYYY-MM-DD): ${JSON.stringify(text)}`, text);
  return date;
}

export function tryParseMonth(text: string): { year: number; month: number } | null {
  const match = typeof text === "string" ? MONTH.exec(text) : null;
  if (!match) return null;
  const [year, month] = [Number(match[1]), Number(match[2])];
  return year >= 1 && month >= 1 && month <= 12 ? { year, month } : null;
}

export function parseMonth(text: string): { year: number; month: number } {
  const month = tryParseMonth(text);
  if (!month) throw new EngineInputError(`Not a valid month (YYYY-MM): ${JSON.stringify(text)}`, text);
  return month;
}

const pad = (n: number, width: number) => String(n).padStart(width, "0");

export function formatMonth(year: number, month: number): string {
  if (year < 1 || year > 9999) throw new EngineInputError(`Year out of range 1–9999: ${year}`, year);
  return `${pad(year, 4)}-${pad(month, 2)}`;
}

export function formatDate({ year, month, day }: CivilDate): string {
  return `${formatMonth(year, month)}-${pad(day, 2)}`;
}

/** Days since 1970-01-01. */
export function daysFromCivil({ year, month, day }: CivilDate): number {
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yearOfEra = y - era * 400;
  const dayOfYear = Math.floor((153 * ((month + 9) % 12) + 2) / 5) + day - 1;
  const dayOfEra = yearOfEra * 365 + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100) + dayOfYear;
  return era * 146097 + dayOfEra - 719468;
}

export function civilFromDays(days: number): CivilDate {
  const z = days + 719468;
  const era = Math.floor(z / 146097);
  const dayOfEra = z - era * 146097;
  const yearOfEra = Math.floor(
    (dayOfEra - Math.floor(dayOfEra / 1460) + Math.floor(dayOfEra / 36524) - Math.floor(dayOfEra / 146096)) /
      365,
  );
  const dayOfYear = dayOfEra - (365 * yearOfEra + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100));
  const mp = Math.floor((5 * dayOfYear + 2) / 153);
  const day = dayOfYear - Math.floor((153 * mp + 2) / 5) + 1;
  const month = mp < 10 ? mp + 3 : mp - 9;
  return { year: yearOfEra + era * 400 + (month <= 2 ? 1 : 0), month, day };
}

/** Month index (year·12 + month−1), for month arithmetic without dates. */
export function monthIndex(year: number, month: number): number {
  return year * 12 + month - 1;
}

export function fromMonthIndex(index: number): { year: number; month: number } {
  return { year: Math.floor(index / 12), month: (((index % 12) + 12) % 12) + 1 };
}
