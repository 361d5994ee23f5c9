import { compileFormula, orderFormulas } from "../formula/index";
import type { FormulaEnvironment, FormulaError, FormulaType } from "../formula/index";
import { formulaEnvironmentFor } from "./formula-environment-for";
import type { PlanDefinition } from "./plan";
import { componentReferenceHint } from "./validate-plan-component-reference";
import type { IssueSink } from "./validate-plan-issue";

type Path = (string | number)[];

const TYPE_NAMES: Record<FormulaType, string> = {
  number: "a number",
  boolean: "true or false",
  text: "text",
};

/**
 * Compiles every formula of the plan in the environment the calculation gives it (formulaEnvironmentFor):
 * variables in dependency order (unknown names, types, circular references), gates (must be true/false), formula
 * components (must be a number). Components are calculated in plan order, so `component.<name>` must name an
 * earlier component. Messages say where in the formula: "at character 12" (counting from 1).
 */
export function checkFormulas(plan: PlanDefinition, report: IssueSink): void {
  const base = formulaEnvironmentFor(plan);
  const variables = checkVariables(plan, report);
  // Good variables keep their real types; a formula using a broken one is not compiled (fix the variable first).
  const env = { names: { ...base.names, ...variables.types }, functions: base.functions };
  const check = (index: number, source: string, type: FormulaType, at: Path) => {
    if (!mentionsAny(source, variables.broken)) checkFormula(plan, env, index, source, type, at, report);
  };
  plan.components.forEach((component, i) => {
    const at: Path = ["components", i];
    if (component.kind === "formula") check(i, component.formula, "number", [...at, "formula"]);
    if (component.kind === "commission" || component.kind === "attainment_bonus") {
      if (component.gate !== undefined && "formula" in component.gate) {
        check(i, component.gate.formula, "boolean", [...at, "gate", "formula"]);
      }
    }
    const multiplierGate = component.kind === "commission" ? component.multiplier?.gate : undefined;
    if (multiplierGate !== undefined && "formula" in multiplierGate) {
      check(i, multiplierGate.formula, "boolean", [...at, "multiplier", "gate", "formula"]);
    }
  });
}

/**
 * Variables see the inputs and each other, not component results (components are calculated after them).
 * Returns the types of the variables that compile and the names of those that do not (with their dependents).
 */
function checkVariables(
  plan: PlanDefinition,
  report: IssueSink,
): { types: Record<string, FormulaType>; broken: Set<string> } {
  const base = formulaEnvironmentFor({ ...plan, variables: [] });
  const names = Object.fromEntries(
    Object.entries(base.names).filter(([name]) => !name.startsWith("component.")),
  );
  const env = { names, functions: base.functions };
  // Duplicates are reported by checkUniqueNames; the first definition of each name is the one compiled.
  const firsts = plan.variables.filter((v, i) => plan.variables.findIndex((w) => w.name === v.name) === i);
  const ordered = orderFormulas(firsts, env);
  if (ordered.ok) return { types: ordered.types, broken: new Set() };
  const broken = new Set<string>();
  for (const error of ordered.errors) {
    broken.add(error.name);
    const index = plan.variables.findIndex((v) => v.name === error.name);
    const isNameProblem = error.start === 0 && error.end === 0 && /variable/i.test(error.message);
    if (isNameProblem) report(["variables", index, "name"], error.message);
    else report(["variables", index, "formula"], located(error));
  }
  let grew = true;
  while (grew) {
    grew = false;
    for (const v of firsts) {
      if (!broken.has(v.name) && mentionsAny(v.formula, broken)) {
        broken.add(v.name);
        grew = true;
      }
    }
  }
  const good = orderFormulas(
    firsts.filter((v) => !broken.has(v.name)),
    env,
  );
  return { types: good.ok ? good.types : {}, broken };
}

// Names may contain "." (bookings.ytd), so a mention is the name not touching another name character.
function mentionsAny(source: string, names: Set<string>): boolean {
  for (const name of names) {
    const escaped = name.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
    if (new RegExp(`(^|[^A-Za-z0-9_.])${escaped}($|[^A-Za-z0-9_.])`).test(source)) return true;
  }
  return false;
}

function checkFormula(
  plan: PlanDefinition,
  env: FormulaEnvironment,
  index: number,
  source: string,
  type: FormulaType,
  at: Path,
  report: IssueSink,
): void {
  const compiled = compileFormula(source, env);
  if (!compiled.ok) {
    // One hint, on the first error, when the formula is reaching for a component it cannot spell.
    const hint = componentReferenceHint(plan, source, compiled.errors);
    compiled.errors.forEach((error, i) => {
      report(at, i === 0 && hint !== null ? `${located(error)} — ${hint}` : located(error));
    });
    return;
  }
  if (compiled.formula.type !== type) {
    report(at, `must give ${TYPE_NAMES[type]}, but gives ${TYPE_NAMES[compiled.formula.type]}`);
  }
  const self = plan.components[index]?.name;
  for (const name of compiled.formula.references) {
    if (!name.startsWith("component.")) continue;
    const used = name.slice("component.".length);
    const usedIndex = plan.components.findIndex((c) => c.name === used);
    if (usedIndex === index)
      report(at, `${name} is this component's own result — a component cannot use itself`);
    else if (usedIndex > index) {
      report(
        at,
        `${name} is calculated after '${self}' (components run in plan order) — move '${used}' above it`,
      );
    }
  }
}

function located(error: FormulaError): string {
  return `${error.message} (at character ${error.start + 1})`;
}
