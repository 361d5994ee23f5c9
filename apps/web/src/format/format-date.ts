import { type AppLocale, toIntlLocale } from "./locale";

// Calendar dates have no time zone: format them at UTC midnight so no offset can shift the day.
function utcDate(isoDay: string): Date {
  const [year = "1970", month = "1", day = "1"] = isoDay.split("-");
  return new Date(Date.UTC(Number(year), Number(month) - 1, Number(day)));
}

/** "2026-03-05" → "5 Mar 2026" (en) or "5 mars 2026" (fr). */
export function formatDate(isoDay: string, locale: AppLocale): string {
  return new Intl.DateTimeFormat(toIntlLocale(locale), {
    day: "numeric",
    month: "short",
    year: "numeric",
    timeZone: "UTC",
  }).format(utcDate(isoDay));
}

export type MonthStyle = "axis" | "short" | "long";

/** "2026-03" → axis "Mar 26" / "mars 26", short "Mar 2026" / "mars 2026", long "March 2026" / "mars 2026". */
export function formatMonth(isoMonth: string, locale: AppLocale, style: MonthStyle = "short"): string {
  return new Intl.DateTimeFormat(toIntlLocale(locale), {
    month: style === "long" ? "long" : "short",
    year: style === "axis" ? "2-digit" : "numeric",
    timeZone: "UTC",
  }).format(utcDate(`${isoMonth}-01`));
}
