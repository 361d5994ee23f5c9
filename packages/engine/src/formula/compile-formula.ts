import { checkFormula } from "./check-formula";
import { parseFormula } from "./parse-formula";
import type { CompiledFormula, FormulaEnvironment, FormulaError } from "./types";

/**
 * Parses and type-checks a formula against what the environment offers. Never throws on any source text:
 * syntax errors, limits, unknown names and functions, type errors and constant faults (x / 0) come back as
 * errors with character offsets.
 */
export function compileFormula(
  source: string,
  env: FormulaEnvironment,
): { ok: true; formula: CompiledFormula } | { ok: false; errors: FormulaError[] } {
  const parsed = parseFormula(source);
  if (!parsed.ok) return { ok: false, errors: [parsed.error] };
  const checked = checkFormula(parsed.ast, env);
  if (checked.type === null) return { ok: false, errors: checked.errors };
  const { type, references, functions } = checked;
  return { ok: true, formula: { source, type, references, functions, ast: parsed.ast } };
}
