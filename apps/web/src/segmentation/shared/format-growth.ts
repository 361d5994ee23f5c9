import { isDecimalString } from "../../format/decimal-string";
import { type AppLocale, toIntlLocale } from "../../format/locale";

const formats = new Map<AppLocale, Intl.NumberFormat>();

/** Year-over-year growth with its sign, from the string: "0.1250" → "+12.5%", "-0.0300" → "-3%", null → "—". */
export function formatGrowth(growth: string | null, locale: AppLocale): string {
  if (growth === null || !isDecimalString(growth)) return "—";
  let format = formats.get(locale);
  if (!format) {
    format = new Intl.NumberFormat(toIntlLocale(locale), {
      style: "percent",
      maximumFractionDigits: 1,
      signDisplay: "exceptZero",
    });
    formats.set(locale, format);
  }
  return format.format(growth);
}
