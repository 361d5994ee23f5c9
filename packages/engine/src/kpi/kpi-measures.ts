import { kpiFormula } from "./kpi-formula";
import type { KpiDefinition } from "./types";

/** The measures a KPI reads (its formula's, then its target formula's), in formula order, unique: what to compute. */
export function kpiMeasures(definition: KpiDefinition): string[] {
  const own = kpiFormula(definition.formula).measures;
  if (definition.target === undefined) return own;
  const target = kpiFormula(definition.target).measures;
  return [...new Set([...own, ...target])];
}

/**
 * Whether a KPI grows through its period, so an unfinished period is judged against the pace to its target
 * (kpiStatus `accrues`): a sum (bookings, calls), or a KPI marked so (quota attainment: bookings so far over the
 * whole period's target). Other ratios, averages and end-of-period levels are judged as they stand.
 */
export function kpiAccrues(definition: KpiDefinition): boolean {
  return definition.accrues ?? definition.timeAggregation === "sum";
}
