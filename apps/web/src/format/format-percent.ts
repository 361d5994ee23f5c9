import { isDecimalString } from "./decimal-string";
import { type AppLocale, toIntlLocale } from "./locale";

const formats = new Map<AppLocale, Intl.NumberFormat>();

/** Attainment ratio "0.8734" → "87.3%" (en) or "87,3 %" (fr); null (no target) → "—". */
export function formatAttainment(ratio: string | null, locale: AppLocale): string {
  if (ratio === null || !isDecimalString(ratio)) return "—";
  let format = formats.get(locale);
  if (!format) {
    format = new Intl.NumberFormat(toIntlLocale(locale), {
      style: "percent",
      minimumFractionDigits: 1,
      maximumFractionDigits: 1,
    });
    formats.set(locale, format);
  }
  return format.format(ratio);
}
