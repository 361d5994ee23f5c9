import { roundTo } from "../money/round-amount";
import type { KpiUnit } from "./types";

/**
 * Fraction digits a KPI value keeps (docs/kpis.md, "Rounding"): currency 2; percent and ratio 4 (as fractions, so
 * 25.14 % = 0.2514); days and score 1; count 0, or 2 when the formula divides (calls per rep: 128.57).
 */
export function kpiValuePlaces(unit: KpiUnit, formulaDivides = false): number {
  switch (unit) {
    case "currency":
      return 2;
    case "percent":
    case "ratio":
      return 4;
    case "days":
    case "score":
      return 1;
    case "count":
      return formulaDivides ? 2 : 0;
  }
}

/**
 * A KPI value rounded for its unit, ties away from zero (as PostgreSQL's `round` and Excel's ROUND), written with
 * exactly that many digits: ("0.125", "currency") → "0.13"; ("0.00005", "percent") → "0.0001". Round once, at the
 * end: the measures and the formula's arithmetic are exact.
 */
export function roundKpiValue(value: string, unit: KpiUnit, formulaDivides = false): string {
  return roundTo(value, kpiValuePlaces(unit, formulaDivides), "half_up");
}
