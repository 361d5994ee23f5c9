import type { AppLocale } from "../../format/locale";
import { formatMoney } from "../../format/format-money";
import { toIntlLocale } from "../../format/locale";
import type { SpreadStat } from "./metric-rows";

/**
 * An equity figure for display. Potential min/max/std dev are money (the optimiser's floats, rounded to cents for
 * display only); workload is visits a year to one decimal; Gini is a ratio to three decimals.
 */
export function formatMetric(
  measure: "potential" | "workload",
  stat: SpreadStat,
  value: number | null,
  currency: string,
  locale: AppLocale,
): string {
  if (value === null || !Number.isFinite(value)) return "—";
  if (stat === "gini")
    return new Intl.NumberFormat(toIntlLocale(locale), {
      minimumFractionDigits: 3,
      maximumFractionDigits: 3,
    }).format(value);
  if (measure === "potential") return formatMoney(value.toFixed(2), currency, locale);
  return new Intl.NumberFormat(toIntlLocale(locale), { maximumFractionDigits: 1 }).format(value);
}
