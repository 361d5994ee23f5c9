import { type AppLocale, toIntlLocale } from "./locale";

/** A whole count by locale: 1468 → "1,468" (en) or "1 468" (fr). */
export function formatCount(value: number, locale: AppLocale): string {
  return new Intl.NumberFormat(toIntlLocale(locale)).format(value);
}
