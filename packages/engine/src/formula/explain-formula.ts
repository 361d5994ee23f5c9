import { EngineInputError } from "../errors";
import { formatFormulaValue } from "./format-formula-value";
import type { CompiledFormula, FormulaValue } from "./types";

/**
 * The value of each name the formula reads, formatted for a "why this number?" trace (see formatFormulaValue).
 * Throws EngineInputError when a value is missing.
 */
export function explainFormula(
  formula: CompiledFormula,
  values: Record<string, FormulaValue>,
): Record<string, string> {
  const entries = formula.references.map((name): [string, string] => {
    const value = Object.hasOwn(values, name) ? values[name] : undefined;
    if (value === undefined) {
      throw new EngineInputError(`No value for "${name}" in formula "${formula.source}"`, name);
    }
    return [name, formatFormulaValue(value)];
  });
  // fromEntries defines own properties, so even a name like "__proto__" stays a plain key.
  return Object.fromEntries(entries);
}
