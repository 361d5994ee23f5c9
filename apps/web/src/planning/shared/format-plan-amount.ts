import { isDecimalString } from "../../format/decimal-string";
import { type AppLocale, toIntlLocale } from "../../format/locale";

const formats = new Map<AppLocale, Intl.NumberFormat>();

/**
 * A grid amount without its currency (the grid names the currency once, in its caption), cents only when there
 * are some: "125000.00" → "125,000" (en) / "125 000" (fr), "1234.50" → "1,234.50". Formatted from the string.
 */
export function formatPlanAmount(amount: string, locale: AppLocale): string {
  if (!isDecimalString(amount)) return amount;
  let format = formats.get(locale);
  if (!format) {
    format = new Intl.NumberFormat(toIntlLocale(locale), {
      minimumFractionDigits: 0,
      maximumFractionDigits: 2,
    });
    formats.set(locale, format);
  }
  const text = format.format(amount);
  // Intl drops ".50" to ".5": money keeps two places once there are cents.
  return /[.,]\d$/.test(text) ? `${text}0` : text;
}

const shares = new Map<AppLocale, Intl.NumberFormat>();

/** A share or factor as a percentage, from the string: "1.1" → "110%", "0.6842" → "68.4%". */
export function formatShare(value: string | number | null, locale: AppLocale): string {
  if (value === null) return "—";
  const text = typeof value === "number" ? String(value) : value;
  if (!isDecimalString(text)) return text;
  let format = shares.get(locale);
  if (!format) {
    format = new Intl.NumberFormat(toIntlLocale(locale), { style: "percent", maximumFractionDigits: 1 });
    shares.set(locale, format);
  }
  return format.format(text);
}

const heads = new Map<AppLocale, Intl.NumberFormat>();

/** Expected heads (fractional: attrition is an expectation) to one decimal: "56.3409" → "56.3", "49.0000" → "49". */
export function formatHeads(value: string | null, locale: AppLocale): string {
  if (value === null) return "—";
  if (!isDecimalString(value)) return value;
  let format = heads.get(locale);
  if (!format) {
    format = new Intl.NumberFormat(toIntlLocale(locale), { maximumFractionDigits: 1 });
    heads.set(locale, format);
  }
  return format.format(value);
}
