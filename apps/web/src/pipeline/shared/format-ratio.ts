import { isDecimalString } from "../../format/decimal-string";
import { type AppLocale, toIntlLocale } from "../../format/locale";

/** A coverage multiple "2.4567" → "2.5×" (en) or "2,5×" (fr); null (nothing left to cover) → "—". Display only. */
export function formatMultiple(ratio: string | null, locale: AppLocale): string {
  if (ratio === null || !isDecimalString(ratio)) return "—";
  const text = new Intl.NumberFormat(toIntlLocale(locale), {
    minimumFractionDigits: 1,
    maximumFractionDigits: 1,
  }).format(ratio);
  return `${text}×`;
}

/** Days as a whole number or one decimal ("12.5"); null → "—". */
export function formatDays(days: number | string | null, locale: AppLocale): string {
  if (days === null) return "—";
  const value = typeof days === "number" ? String(days) : days;
  if (!isDecimalString(value)) return "—";
  return new Intl.NumberFormat(toIntlLocale(locale), { maximumFractionDigits: 1 }).format(value);
}
