import { collectReferences } from "../formula/collect-references";
import { compileFormula } from "../formula/index";
import type { FormulaEnvironment, FormulaError } from "../formula/index";

export type KpiFormulaCheck = { ok: true; measures: string[] } | { ok: false; errors: FormulaError[] };

/**
 * Checks a custom KPI's formula before it is saved (docs/kpis.md, "Custom KPIs"): the plan formula language over
 * the known measures (built-in keys and the workspace's family members, all numbers), its functions (IF, MIN, MAX,
 * ROUND, …) included. Syntax errors, unknown names, a result that is not a number, constant faults (`x / 0`) and a
 * formula that reads no measure at all are errors with offsets into `formula`. On success: the measures it reads,
 * in formula order.
 */
export function compileKpiFormula(formula: string, knownMeasures: readonly string[]): KpiFormulaCheck {
  const env: FormulaEnvironment = {
    names: Object.fromEntries(knownMeasures.map((measure) => [measure, "number" as const])),
    functions: {},
  };
  const compiled = compileFormula(formula, env);
  if (!compiled.ok) return compiled;
  const whole = { start: 0, end: formula.length };
  if (compiled.formula.type !== "number") {
    const message = `A KPI formula must give a number; this one gives ${compiled.formula.type === "boolean" ? "TRUE or FALSE" : "text"}`;
    return { ok: false, errors: [{ message, ...whole }] };
  }
  const measures = [...collectReferences(compiled.formula.ast).keys()];
  if (measures.length === 0) {
    return { ok: false, errors: [{ message: "A KPI formula must read at least one measure", ...whole }] };
  }
  return { ok: true, measures };
}
