import { isDecimalString } from "../../format/decimal-string";
import { type AppLocale, toIntlLocale } from "../../format/locale";

/** A model score (AUC, Brier, sMAPE, MASE) to three decimals: "0.81234" → "0.812" (en) / "0,812" (fr). */
export function formatMetric(value: string | null, locale: AppLocale, digits = 3): string {
  if (value === null || !isDecimalString(value)) return "—";
  return new Intl.NumberFormat(toIntlLocale(locale), {
    minimumFractionDigits: digits,
    maximumFractionDigits: digits,
  }).format(value);
}
