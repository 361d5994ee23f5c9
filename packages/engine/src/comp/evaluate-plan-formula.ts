import { EngineInputError } from "../errors";
import type { CompiledFormula, FormulaValue } from "../formula/index";
import { compileFormula, evaluateFormula } from "../formula/index";
import { attainmentForFormula } from "./attainment-position";
import type { PayeeContext } from "./build-payee-context";
import { formulaEnvironmentFor, measuresOf } from "./formula-environment-for";
import { ZERO } from "./parse-tier-table";
import type { PlanDefinition } from "./plan";

// Compiled once per plan object and source: a run evaluates the same formulas for thousands of payees.
const compiled = new WeakMap<PlanDefinition, Map<string, CompiledFormula>>();
const valuesOf = new WeakMap<PayeeContext, Record<string, FormulaValue>>();

/**
 * Evaluates a plan formula (variable, gate or component) for the context's payee and period. `label` names the
 * formula in errors. A formula may read `component.<name>` only for components calculated before it.
 */
export function evaluatePlanFormula(ctx: PayeeContext, source: string, label: string): FormulaValue {
  const formula = compiledFormula(ctx.plan, source, `${ctx.where}, ${label}`);
  for (const name of formula.references) {
    if (name.startsWith("component.") && !ctx.componentTotals.has(name.slice("component.".length))) {
      throw new EngineInputError(
        `${ctx.where}, ${label}: uses ${name}, which is not calculated before it (a formula may only use earlier components)`,
        source,
      );
    }
  }
  const values = { ...baseValues(ctx), ...ctx.variables };
  for (const [name, total] of ctx.componentTotals) values[`component.${name}`] = num(total.toFixed());
  return evaluateFormula(formula, values, formulaEnvironmentFor(ctx.plan));
}

/** Internal: the compiled formula, or an EngineInputError listing the compile errors. */
export function compiledFormula(plan: PlanDefinition, source: string, where: string): CompiledFormula {
  let byPlan = compiled.get(plan);
  if (!byPlan) {
    byPlan = new Map();
    compiled.set(plan, byPlan);
  }
  const cached = byPlan.get(source);
  if (cached) return cached;
  const result = compileFormula(source, formulaEnvironmentFor(plan));
  if (!result.ok) {
    const errors = result.errors.map((e) => `${e.message} at ${e.start}–${e.end}`).join("; ");
    throw new EngineInputError(
      `${where}: formula ${JSON.stringify(source)} does not compile: ${errors}`,
      source,
    );
  }
  byPlan.set(source, result.formula);
  return result.formula;
}

function num(value: string): FormulaValue {
  return { type: "number", value };
}

function baseValues(ctx: PayeeContext): Record<string, FormulaValue> {
  const cached = valuesOf.get(ctx);
  if (cached) return cached;
  const values: Record<string, FormulaValue> = {};
  for (const measure of measuresOf(ctx.plan)) {
    const column = ctx.measure(measure);
    let period = ZERO;
    let ytd = ZERO;
    column.forEach((v, i) => {
      ytd = ytd.plus(v);
      if (i >= ctx.firstInPeriod) period = period.plus(v);
    });
    values[measure] = num(period.toFixed());
    values[`${measure}.ytd`] = num(ytd.toFixed());
  }
  values.quota = num(ctx.attainment.quota?.toFixed() ?? "0");
  values["quota.ytd"] = num(ctx.ytd.quota?.toFixed() ?? "0");
  // Exact enough to compare (20 places, rounded down), not the 4-place ratio shown in results.
  values.attainment = num(attainmentForFormula(ctx.attainment));
  values["attainment.ytd"] = num(attainmentForFormula(ctx.ytd));
  values.target_incentive = num(ctx.input.payee.targetIncentive);
  values.period_index = num(String(ctx.periodIndex + 1));
  values.deal_count = num(String(dealCount(ctx)));
  valuesOf.set(ctx, values);
  return values;
}

// Deals of the period: distinct transactions with a positive quota-measure credit, reversals excluded.
function dealCount(ctx: PayeeContext): number {
  const column = ctx.measure(ctx.plan.quotaMeasure);
  const deals = new Set<string>();
  for (let i = ctx.firstInPeriod; i < ctx.credits.length; i++) {
    const credit = ctx.credits[i];
    if (credit && credit.reversalOf === null && column[i]?.gt(0)) deals.add(credit.transactionId);
  }
  return deals.size;
}
