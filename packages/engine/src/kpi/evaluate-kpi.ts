import { EngineInputError } from "../errors";
import { evaluateFormula } from "../formula/index";
import type { FormulaValue } from "../formula/index";
import { findMeasure } from "./find-measure";
import { type KpiFormula, kpiFormula } from "./kpi-formula";
import { capitalise, joinWords, kpiNameInText } from "./kpi-words";
import { roundKpiValue } from "./round-kpi-value";
import type { KpiDefinition, KpiEvaluation, MeasureValues } from "./types";
import { zeroDivisorReason } from "./zero-divisor-reason";

/**
 * The one implementation of a KPI's arithmetic (docs/kpis.md). Evaluates the definition's formula over the measures
 * with exact decimals (the formula module divides to 20 places), rounds once per unit, and turns a zero divisor into
 * a reason that says what the zero means, never NaN or Infinity. A measure the formula reads but `measures` lacks is
 * a `missing_measure` reason; a measure that is not a plain decimal string is the caller's bug and throws.
 */
export function evaluateKpi(definition: KpiDefinition, measures: MeasureValues): KpiEvaluation {
  const formula = kpiFormula(definition.formula);
  const components: KpiEvaluation["components"] = [];
  const values: Record<string, FormulaValue> = {};
  const missing: string[] = [];
  for (const measure of formula.measures) {
    const value = Object.hasOwn(measures, measure) ? measures[measure] : undefined;
    if (value === undefined) {
      missing.push(measure);
      continue;
    }
    checkMeasureValue(definition, measure, value);
    components.push({ measure, label: findMeasure(measure)?.label ?? measure, value });
    values[measure] = { type: "number", value };
  }
  if (missing.length > 0) {
    const named = missing.map((measure) => `"${findMeasure(measure)?.label ?? measure}" (${measure})`);
    const message = `${capitalise(joinWords(named))} ${missing.length === 1 ? "has" : "have"} no value, so there is no ${kpiNameInText(definition.name)}.`;
    return { value: null, reason: { code: "missing_measure", message }, components };
  }
  if (divisorIsZero(formula, values)) {
    const divisor = formula.divisor?.text ?? "";
    return { value: null, reason: zeroDivisorReason(definition, formula, divisor, measures), components };
  }
  let result: FormulaValue;
  try {
    result = evaluateFormula(formula.compiled, values, formula.env);
  } catch (error) {
    if (!(error instanceof EngineInputError)) throw error;
    if (error.message.startsWith("Division by zero") && typeof error.value === "string") {
      return {
        value: null,
        reason: zeroDivisorReason(definition, formula, error.value, measures),
        components,
      };
    }
    // Other value-dependent faults of a formula that compiled (a number over 1e30, a fractional exponent read
    // from a measure): still a reason, never a broken number.
    const message = `The ${kpiNameInText(definition.name)} cannot be computed: ${error.message}.`;
    return { value: null, reason: { code: "not_applicable", message }, components };
  }
  // kpiFormula only accepts number-typed formulas, so this is the number it promised.
  const value = result.type === "number" ? result.value : String(result.value);
  return { value: roundKpiValue(value, definition.unit, formula.divides), reason: null, components };
}

/**
 * The fast path of a formula with one division: when every measure of its divisor is 0, the divisor alone is
 * evaluated (by the formula module) and, if 0, the reason is the one a full evaluation would raise.
 */
function divisorIsZero(formula: KpiFormula, values: Record<string, FormulaValue>): boolean {
  const divisor = formula.divisor;
  if (divisor === null) return false;
  if (!divisor.measures.every((measure) => ZERO.test(String(values[measure]?.value)))) return false;
  try {
    const value = evaluateFormula(divisor.compiled, values, formula.env);
    return value.type === "number" && value.value === "0";
  } catch (error) {
    if (error instanceof EngineInputError) return false; // the full evaluation words it
    throw error;
  }
}

const ZERO = /^-?0+(\.0+)?$/;

// As toDec's rule; checked here so a bad measure throws instead of becoming a reason in the catch above.
const PLAIN_DECIMAL = /^-?\d+(\.\d+)?$/;

function checkMeasureValue(definition: KpiDefinition, measure: string, value: string): void {
  if (typeof value !== "string" || !PLAIN_DECIMAL.test(value)) {
    throw new EngineInputError(
      `KPI ${definition.key}: measure "${measure}" is not a plain decimal number: ${JSON.stringify(value)}`,
      value,
    );
  }
}
