import { evaluateKpi } from "./evaluate-kpi";
import { kpiFormula } from "./kpi-formula";
import type { KpiDefinition, MeasureValues } from "./types";

/**
 * A KPI's default target for the period: its `target` formula over the same measures (bookings: `booking_target`)
 * or a constant (quota attainment: `1`), rounded as the KPI. Null when the KPI has no target, when a measure it
 * needs is missing or a divisor is zero, and when a target read from measures is 0 — no target was entered, and
 * judging bookings against 0 would call every rep on track.
 */
export function kpiTarget(definition: KpiDefinition, measures: MeasureValues): string | null {
  if (definition.target === undefined) return null;
  const { value } = evaluateKpi({ ...definition, formula: definition.target }, measures);
  if (value === null) return null;
  const readsMeasures = kpiFormula(definition.target).measures.length > 0;
  return readsMeasures && /^-?0+(\.0+)?$/.test(value) ? null : value;
}
