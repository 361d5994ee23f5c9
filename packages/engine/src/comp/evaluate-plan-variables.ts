import { EngineInputError } from "../errors";
import { orderFormulas } from "../formula/index";
import type { PayeeContext } from "./build-payee-context";
import { evaluatePlanFormula } from "./evaluate-plan-formula";
import { formulaEnvironmentFor } from "./formula-environment-for";
import type { PlanDefinition } from "./plan";

const orders = new WeakMap<PlanDefinition, string[]>();

/**
 * Evaluates the plan's variables into ctx.variables, each after the variables it uses (order computed once per
 * plan). Variables run before every component, so they may not read `component.<name>`.
 */
export function evaluatePlanVariables(ctx: PayeeContext): void {
  const { plan } = ctx;
  if (plan.variables.length === 0) return;
  let order = orders.get(plan);
  if (!order) {
    const env = formulaEnvironmentFor(plan);
    const others = Object.fromEntries(
      Object.entries(env.names).filter(([name]) => !plan.variables.some((v) => v.name === name)),
    );
    const result = orderFormulas(plan.variables, { names: others, functions: env.functions });
    if (!result.ok) {
      const errors = result.errors.map((e) => `${e.name}: ${e.message}`).join("; ");
      throw new EngineInputError(
        `${ctx.where}: plan '${plan.key}' variables do not compile: ${errors}`,
        plan.variables,
      );
    }
    order = result.order;
    orders.set(plan, order);
  }
  const formulas = new Map(plan.variables.map((v) => [v.name, v.formula]));
  for (const name of order) {
    ctx.variables[name] = evaluatePlanFormula(ctx, formulas.get(name) as string, `variable '${name}'`);
  }
}
