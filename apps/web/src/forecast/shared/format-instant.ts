import { type AppLocale, toIntlLocale } from "../../format/locale";

/** An ISO instant in the reader's time zone: "20 Nov 2026, 10:05" (en) or "20 nov. 2026, 10:05" (fr). */
export function formatInstant(instant: string, locale: AppLocale, timeZone?: string): string {
  const date = new Date(instant);
  if (Number.isNaN(date.getTime())) return instant;
  return new Intl.DateTimeFormat(toIntlLocale(locale), {
    day: "numeric",
    month: "short",
    year: "numeric",
    hour: "2-digit",
    minute: "2-digit",
    ...(timeZone ? { timeZone } : {}),
  }).format(date);
}
