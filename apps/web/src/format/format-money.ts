import { type DecimalString, isDecimalString } from "./decimal-string";
import { type AppLocale, toIntlLocale } from "./locale";

const cache = new Map<string, Intl.NumberFormat>();

function moneyFormat(locale: AppLocale, currency: string, compact: boolean): Intl.NumberFormat {
  const key = `${locale}|${currency}|${compact}`;
  let format = cache.get(key);
  if (!format) {
    format = new Intl.NumberFormat(toIntlLocale(locale), {
      style: "currency",
      currency,
      ...(compact ? { notation: "compact", maximumFractionDigits: 1 } : {}),
    });
    cache.set(key, format);
  }
  return format;
}

/**
 * Formats a decimal amount string for display. Intl formats the string itself (exact decimal),
 * so no float ever touches the amount: "1234.56" → "€1,234.56" (en) or "1 234,56 €" (fr).
 */
export function formatMoney(amount: string, currency: string, locale: AppLocale): string {
  if (!isDecimalString(amount)) return amount;
  return moneyFormat(locale, currency, false).format(amount satisfies DecimalString);
}

/** Short form for chart axes: "€1.2M" / "1,2 M€". Display only. */
export function formatMoneyCompact(value: number, currency: string, locale: AppLocale): string {
  return moneyFormat(locale, currency, true).format(value);
}
