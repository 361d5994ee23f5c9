import { isDecimalString } from "../../format/decimal-string";
import { type AppLocale, toIntlLocale } from "../../format/locale";

const formats = new Map<AppLocale, Intl.NumberFormat>();

/** A plan rate as a percentage, from the decimal string: "0.05" → "5%", "0.0125" → "1.25%", "1.5" → "150%". */
export function formatRate(rate: string, locale: AppLocale): string {
  if (!isDecimalString(rate)) return rate;
  let format = formats.get(locale);
  if (!format) {
    format = new Intl.NumberFormat(toIntlLocale(locale), { style: "percent", maximumFractionDigits: 4 });
    formats.set(locale, format);
  }
  return format.format(rate);
}
