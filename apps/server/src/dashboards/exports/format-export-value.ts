import type { KpiNoValueReason, KpiUnit } from "@attain/engine";
import { type ExportLocale, exportLabel } from "./export-labels";

const decimalPattern = /^-?\d+(\.\d+)?$/;
const formats = new Map<string, Intl.NumberFormat>();

function numberFormat(locale: ExportLocale, options: Intl.NumberFormatOptions): Intl.NumberFormat {
  const key = `${locale}|${JSON.stringify(options)}`;
  let format = formats.get(key);
  if (!format) {
    format = new Intl.NumberFormat(locale === "fr" ? "fr-FR" : "en-GB", options);
    formats.set(key, format);
  }
  return format;
}

const unitOptions = (unit: KpiUnit, currency: string): Intl.NumberFormatOptions => {
  switch (unit) {
    case "currency":
      return { style: "currency", currency };
    case "percent":
      return { style: "percent", minimumFractionDigits: 1, maximumFractionDigits: 2 };
    case "ratio":
      return { minimumFractionDigits: 2, maximumFractionDigits: 2 };
    case "days":
    case "score":
      return { minimumFractionDigits: 1, maximumFractionDigits: 1 };
    case "count":
      return { maximumFractionDigits: 2 };
  }
};

/**
 * A KPI figure as text for the PDF: the exact decimal string handed to Intl (which formats strings without a float),
 * per unit ("€1,234.56", "25.14%", "3.12×", "41.5 d"; French "1 234,56 €", "25,14 %", "41,5 j"). `signed` shows
 * the sign of a change. Null is "—".
 */
export function formatExportValue(
  value: string | null,
  unit: KpiUnit,
  options: { locale: ExportLocale; currency: string; signed?: boolean },
): string {
  if (value === null || !decimalPattern.test(value)) return "—";
  const format = numberFormat(options.locale, {
    ...unitOptions(unit, options.currency),
    ...(options.signed ? { signDisplay: "exceptZero" } : {}),
  });
  // Intl accepts decimal strings (exact); the type only lists numbers.
  const text = format.format(value as unknown as number);
  if (unit === "ratio") return `${text}×`;
  if (unit === "days") return `${text} ${exportLabel(options.locale, "daysSuffix")}`;
  return text;
}

/** "—" and why, in the export's language: "— (division by zero: no customers were served in the period)". */
export function formatNoValue(reason: KpiNoValueReason | null, locale: ExportLocale): string {
  if (!reason) return "—";
  const code = exportLabel(locale, `reason_${reason.code}`);
  // The reason's message is English; French exports show the translated code only.
  return locale === "en" ? `— (${code}: ${reason.message})` : `— (${code})`;
}
