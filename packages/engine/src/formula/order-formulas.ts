import { checkFormula } from "./check-formula";
import { collectReferences } from "./collect-references";
import { parseFormula } from "./parse-formula";
import type { FormulaEnvironment, FormulaNode, FormulaType } from "./types";

type Definition = { name: string; formula: string };
type DefinitionError = { name: string; message: string; start: number; end: number };
type Parsed = { name: string; ast: FormulaNode; uses: Map<string, { start: number; end: number }> };

const VALID_NAME = /^[A-Za-z_][A-Za-z0-9_.]*$/;

/**
 * Orders named formulas (plan variables) so each comes after the names it uses, and types each in the environment
 * extended with the others (a variable's type is its formula's type). Errors are per definition: bad or duplicate
 * names, syntax, unknown names, types, and cycles ("Circular reference: a → b → a", once per cycle, starting at
 * the member the search reached first). A definition that uses a broken one is skipped, not reported again.
 */
export function orderFormulas(
  defs: Definition[],
  env: FormulaEnvironment,
):
  | { ok: true; order: string[]; types: Record<string, FormulaType> }
  | { ok: false; errors: DefinitionError[] } {
  const errors: DefinitionError[] = [];
  const parsed = new Map<string, Parsed>();
  for (const def of defs) {
    const problem = nameProblem(def.name, parsed, env);
    if (problem !== null) {
      errors.push({ name: def.name, message: problem, start: 0, end: 0 });
      continue;
    }
    const result = parseFormula(def.formula);
    if (result.ok)
      parsed.set(def.name, { name: def.name, ast: result.ast, uses: collectReferences(result.ast) });
    else errors.push({ name: def.name, ...result.error });
  }
  const { order, cyclic } = orderDefinitions(parsed, errors);
  const types = new Map<string, FormulaType>();
  const broken = new Set<string>([...defs.map((d) => d.name).filter((n) => !parsed.has(n)), ...cyclic]);
  for (const name of order) {
    const def = parsed.get(name) as Parsed;
    if (broken.has(name) || [...def.uses.keys()].some((used) => broken.has(used))) {
      broken.add(name);
      continue;
    }
    const names = { ...env.names, ...Object.fromEntries(types) };
    const checked = checkFormula(def.ast, { names, functions: env.functions });
    if (checked.type === null) {
      broken.add(name);
      for (const error of checked.errors) errors.push({ name, ...error });
    } else types.set(name, checked.type);
  }
  if (errors.length > 0) return { ok: false, errors };
  return { ok: true, order, types: Object.fromEntries(types) };
}

function nameProblem(name: string, parsed: Map<string, Parsed>, env: FormulaEnvironment): string | null {
  if (!VALID_NAME.test(name) || /^(true|false)$/i.test(name)) {
    return `"${name}" is not a valid variable name (letters, digits, _ and ., starting with a letter or _)`;
  }
  if (parsed.has(name)) return `Variable ${name} is defined more than once`;
  if (Object.hasOwn(env.names, name)) return `Variable ${name} has the same name as an input`;
  return null;
}

/**
 * Depth-first post-order over definitions (dependencies first, ties in definition order). A use of a definition
 * still on the path closes a cycle, reported once with its members in order.
 */
function orderDefinitions(
  parsed: Map<string, Parsed>,
  errors: DefinitionError[],
): { order: string[]; cyclic: Set<string> } {
  const order: string[] = [];
  const cyclic = new Set<string>();
  const done = new Set<string>();
  const path: string[] = [];
  const visit = (def: Parsed): void => {
    path.push(def.name);
    for (const [used, span] of def.uses) {
      const target = parsed.get(used);
      if (target === undefined || done.has(used)) continue;
      const onPath = path.indexOf(used);
      if (onPath === -1) {
        visit(target);
        continue;
      }
      const members = path.slice(onPath);
      for (const member of members) cyclic.add(member);
      const first = members[0] as string;
      const at =
        members.length === 1 ? span : ((parsed.get(first) as Parsed).uses.get(members[1] ?? first) ?? span);
      errors.push({ name: first, message: `Circular reference: ${[...members, used].join(" → ")}`, ...at });
    }
    path.pop();
    done.add(def.name);
    order.push(def.name);
  };
  for (const def of parsed.values()) if (!done.has(def.name)) visit(def);
  return { order, cyclic };
}
