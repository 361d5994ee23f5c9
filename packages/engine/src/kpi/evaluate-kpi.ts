import { EngineInputError } from "../errors";
import type { KpiDefinition, KpiEvaluation, KpiUnit, MeasureValues } from "./types";

/**
 * Contract placeholder (docs/kpis.md): the one implementation of a KPI's arithmetic. Evaluates the definition's
 * formula over the measures with exact decimals, rounds per unit, and turns a zero divisor into a reason that says
 * what the zero means (the measure's `whenZero`), never NaN or Infinity.
 */
export function evaluateKpi(_definition: KpiDefinition, _measures: MeasureValues): KpiEvaluation {
  throw new EngineInputError("evaluateKpi is not built yet", null);
}

/** Contract placeholder: a KPI value rounded for its unit (currency 2 places, percent/ratio 4, days/score 1, count 0 or 2). */
export function roundKpiValue(_value: string, _unit: KpiUnit): string {
  throw new EngineInputError("roundKpiValue is not built yet", null);
}
