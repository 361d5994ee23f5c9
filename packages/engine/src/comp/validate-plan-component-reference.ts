import type { FormulaError } from "../formula/index";
import type { PlanDefinition } from "./plan";

// What the formula language reads as one name (formula/README.md): a component named otherwise cannot be read.
const FORMULA_NAME = /^[A-Za-z_][A-Za-z0-9_.]*$/;
const NAME_CHAR = /[A-Za-z0-9_.]/;

/**
 * When a formula fails because it tries to read a component whose name the formula language cannot spell
 * ("Bookings commission": `component.Bookings commission` is two names), the hint that says so and suggests a name
 * that works; null otherwise. Such names stay valid (statements show them), they just cannot be used in formulas.
 */
export function componentReferenceHint(
  plan: PlanDefinition,
  source: string,
  errors: readonly FormulaError[],
): string | null {
  const refs = errors.flatMap((e) => /^Unknown name: component\.(\S+)$/.exec(e.message)?.[1] ?? []);
  const meant = plan.components.find(({ name }) => {
    if (FORMULA_NAME.test(name)) return false;
    if (source.includes(`component.${name}`)) return true;
    const cut = (ref: string) => name.startsWith(ref) && !NAME_CHAR.test(name.charAt(ref.length));
    return refs.some((ref) => ref === formulaNameFor(name) || cut(ref));
  });
  if (meant === undefined) return null;
  const suggestion = formulaNameFor(meant.name);
  return `component '${meant.name}' cannot be named in a formula (a name there is letters, digits, _ and ., not starting with a digit): rename it, e.g. to ${suggestion}, and write component.${suggestion}`;
}

/** A formula-safe name for a component: "Bookings commission" → "bookings_commission", "Q1 units" → "q1_units". */
export function formulaNameFor(name: string): string {
  const plain = name.normalize("NFD").replace(/\p{M}/gu, "").toLowerCase();
  const key = plain.replace(/[^a-z0-9_]+/g, "_").replace(/^_+|_+$/g, "");
  if (key === "") return "component";
  return /^[0-9]/.test(key) ? `_${key}` : key;
}
