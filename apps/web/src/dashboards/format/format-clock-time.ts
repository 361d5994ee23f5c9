import { type AppLocale, toIntlLocale } from "../../format/locale";

/** An instant as the reader's wall-clock time with seconds: "14:05:09" (both locales use 24 hours). */
export function formatClockTime(instant: number | string, locale: AppLocale): string {
  const date = new Date(instant);
  if (Number.isNaN(date.getTime())) return "";
  return new Intl.DateTimeFormat(toIntlLocale(locale), {
    hour: "2-digit",
    minute: "2-digit",
    second: "2-digit",
    hour12: false,
  }).format(date);
}
