import type { KpiUnit } from "../../api/kpi-types";
import { isDecimalString } from "../../format/decimal-string";
import { formatMoney } from "../../format/format-money";
import { type AppLocale, toIntlLocale } from "../../format/locale";

const cache = new Map<string, Intl.NumberFormat>();

function numberFormat(locale: AppLocale, key: string, options: Intl.NumberFormatOptions): Intl.NumberFormat {
  const id = `${locale}|${key}`;
  let format = cache.get(id);
  if (!format) {
    format = new Intl.NumberFormat(toIntlLocale(locale), options);
    cache.set(id, format);
  }
  return format;
}

/**
 * A KPI value (exact decimal string, rounded by the server per unit) for display, by unit and locale. Intl formats
 * the string itself, so no float touches it:
 * currency "1234.50" → "€1,234.50"; percent (a fraction) "0.2514" → "25.14%"; ratio "3.2500" → "3.25×";
 * days "42.5" → "42.5 days"; count "1468" → "1,468"; score "4.2" → "4.2". Null → "—".
 */
export function formatKpiValue(
  value: string | null,
  unit: KpiUnit,
  currency: string,
  locale: AppLocale,
): string {
  if (value === null || !isDecimalString(value)) return "—";
  switch (unit) {
    case "currency":
      return formatMoney(value, currency, locale);
    case "percent":
      return numberFormat(locale, "percent", {
        style: "percent",
        minimumFractionDigits: 1,
        maximumFractionDigits: 2,
      }).format(value);
    case "ratio":
      return `${numberFormat(locale, "ratio", { minimumFractionDigits: 2, maximumFractionDigits: 2 }).format(value)}×`;
    case "days":
      return numberFormat(locale, "days", {
        style: "unit",
        unit: "day",
        unitDisplay: "long",
        maximumFractionDigits: 1,
      }).format(value);
    case "count":
      return numberFormat(locale, "count", { maximumFractionDigits: 2 }).format(value);
    case "score":
      return numberFormat(locale, "score", { minimumFractionDigits: 1, maximumFractionDigits: 1 }).format(
        value,
      );
  }
}

/**
 * A change (value − previous) with its sign: "+€1,200.00", "−2.5 pts" for percent changes (points, since the
 * values are fractions), "+3" for counts. Zero has no sign.
 */
export function formatKpiChange(change: string, unit: KpiUnit, currency: string, locale: AppLocale): string {
  if (!isDecimalString(change)) return change;
  const negative = change.startsWith("-");
  const magnitude = negative ? change.slice(1) : change;
  const zero = /^0(\.0+)?$/.test(magnitude);
  const sign = zero ? "" : negative ? "−" : "+";
  if (unit === "percent") {
    // 0.0125 as a fraction is 1.25 points: shift the decimal point by two places, exactly.
    const points = shiftDecimal(magnitude, 2);
    const text = numberFormat(locale, "points", {
      minimumFractionDigits: 1,
      maximumFractionDigits: 2,
    }).format(points as `${number}`);
    // "pts" reads the same in English and French.
    return `${sign}${text} pts`;
  }
  return `${sign}${formatKpiValue(magnitude, unit, currency, locale)}`;
}

/** "0.0125" shifted by 2 → "1.25" (string arithmetic, no float). */
export function shiftDecimal(value: string, places: number): string {
  const [int = "0", frac = ""] = value.split(".");
  const padded = frac.padEnd(places, "0");
  const whole = `${int}${padded.slice(0, places)}`.replace(/^0+(?=\d)/, "");
  const rest = padded.slice(places);
  return rest ? `${whole}.${rest}` : whole;
}
