import { EngineInputError } from "../errors";
import type { FormulaError } from "../formula/index";

export type KpiFormulaCheck = { ok: true; measures: string[] } | { ok: false; errors: FormulaError[] };

/**
 * Contract placeholder: parses and type-checks a KPI formula against the known measures (built-in names and the
 * workspace's family members); unknown names, non-number results, constant division by zero are errors with offsets.
 */
export function compileKpiFormula(_formula: string, _knownMeasures: readonly string[]): KpiFormulaCheck {
  throw new EngineInputError("compileKpiFormula is not built yet", null);
}
