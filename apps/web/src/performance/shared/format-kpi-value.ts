import type { KpiUnit } from "../../api/kpi-types";
import { isDecimalString } from "../../format/decimal-string";
import { formatMoney } from "../../format/format-money";
import { type AppLocale, toIntlLocale } from "../../format/locale";

const digits: Record<Exclude<KpiUnit, "currency">, { min: number; max: number }> = {
  percent: { min: 1, max: 2 },
  ratio: { min: 0, max: 4 },
  count: { min: 0, max: 2 },
  days: { min: 0, max: 1 },
  score: { min: 1, max: 1 },
};

/**
 * A KPI value as the API rounded it, in its unit: currency with the workspace's currency, percent from its fraction
 * ("0.2514" → "25.14%"), others as numbers. Intl formats the decimal string itself, so no float touches it.
 * No value → "—" (the reason is shown beside it).
 */
export function formatKpiValue(
  value: string | null,
  unit: KpiUnit,
  currency: string,
  locale: AppLocale,
): string {
  if (value === null || !isDecimalString(value)) return "—";
  if (unit === "currency") return formatMoney(value, currency, locale);
  const { min, max } = digits[unit];
  return new Intl.NumberFormat(toIntlLocale(locale), {
    style: unit === "percent" ? "percent" : "decimal",
    minimumFractionDigits: min,
    maximumFractionDigits: max,
  }).format(value);
}
