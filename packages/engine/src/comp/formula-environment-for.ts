import { EngineInputError } from "../errors";
import type { FormulaEnvironment, FormulaType, FormulaValue, HostFunction } from "../formula/index";
import { orderFormulas } from "../formula/index";
import { toDec } from "../money/decimal";
import { rateAtDec } from "./evaluate-tiers";
import { lookupRate } from "./lookup-rate";
import { ONE, parseTierTable } from "./parse-tier-table";
import type { PlanDefinition } from "./plan";

/** Measures every plan's formulas may read, whether or not a component counts them. */
export const ALWAYS_MEASURES = ["bookings", "arr", "margin", "units", "paid_amount"] as const;

const cache = new WeakMap<PlanDefinition, FormulaEnvironment>();

/**
 * What a plan's formulas may use: `<measure>` (period credit total) and `<measure>.ytd` for each measure the plan
 * uses, quota, quota.ytd, attainment, attainment.ytd, target_incentive, period_index, deal_count, each variable,
 * `component.<name>` for each component, and RATE("table", key values…) / TIER("table", value) → number.
 */
export function formulaEnvironmentFor(plan: PlanDefinition): FormulaEnvironment {
  const cached = cache.get(plan);
  if (cached) return cached;
  const names: Record<string, FormulaType> = {};
  for (const measure of measuresOf(plan)) {
    names[measure] = "number";
    names[`${measure}.ytd`] = "number";
  }
  for (const name of ["quota", "quota.ytd", "attainment", "attainment.ytd", "target_incentive"]) {
    names[name] = "number";
  }
  names.period_index = "number";
  names.deal_count = "number";
  const functions = { RATE: rateFunction(plan), TIER: tierFunction(plan) };
  const ordered = orderFormulas(plan.variables, { names: { ...names }, functions });
  for (const variable of plan.variables) {
    // A plan whose variables do not type-check still gets an environment; the validator reports the errors.
    names[variable.name] = ordered.ok ? (ordered.types[variable.name] ?? "number") : "number";
  }
  for (const component of plan.components) names[`component.${component.name}`] = "number";
  const env = { names, functions };
  cache.set(plan, env);
  return env;
}

/** Internal: the measures a plan counts, the quota measure first, then the ones every plan has. */
export function measuresOf(plan: PlanDefinition): string[] {
  const measures = new Set<string>([plan.quotaMeasure]);
  for (const c of plan.components) {
    if (c.kind === "commission" || c.kind === "spif" || c.kind === "override") measures.add(c.measure);
  }
  for (const m of ALWAYS_MEASURES) measures.add(m);
  return [...measures];
}

function textArg(args: FormulaValue[], i: number, fn: string): string {
  const arg = args[i];
  if (arg?.type !== "text") throw new EngineInputError(`${fn}: argument ${i + 1} must be text`, arg);
  return arg.value;
}

// RATE("table", key values…): one value per key of the named table, checked at compile time when the name is
// written as text, else when the call runs.
function rateFunction(plan: PlanDefinition): HostFunction {
  const tableOf = (name: string) => plan.rateTables.find((t) => t.name === name);
  const wrongCount = (name: string, keys: string[], got: number) =>
    `RATE("${name}", …) takes ${keys.length} key value${keys.length === 1 ? "" : "s"} (${keys.join(", ")}) after the table name, got ${got}`;
  return {
    params: ["text"],
    variadic: "text",
    returns: "number",
    check(constants) {
      const name = constants[0];
      if (name?.type !== "text") return null;
      const table = tableOf(name.value);
      if (!table) return `RATE: no rate table '${name.value}' in the plan`;
      const got = constants.length - 1;
      return got === table.keys.length ? null : wrongCount(table.name, table.keys, got);
    },
    call(args) {
      const name = textArg(args, 0, "RATE");
      const table = tableOf(name);
      if (!table) throw new EngineInputError(`RATE: no rate table '${name}' in plan '${plan.key}'`, name);
      if (args.length - 1 !== table.keys.length)
        throw new EngineInputError(wrongCount(name, table.keys, args.length - 1), name);
      const attributes: Record<string, string> = {};
      table.keys.forEach((key, i) => {
        attributes[key] = textArg(args, i + 1, "RATE");
      });
      return { type: "number", value: lookupRate(table, attributes, `RATE("${name}")`).rate.toFixed() };
    },
  };
}

// TIER gives the rate of the band holding the value (attainment ratio or amount, as the table's bands are written).
function tierFunction(plan: PlanDefinition): HostFunction {
  return {
    params: ["text", "number"],
    returns: "number",
    call(args) {
      const name = textArg(args, 0, "TIER");
      const table = plan.tierTables.find((t) => t.name === name);
      if (!table) throw new EngineInputError(`TIER: no tier table '${name}' in plan '${plan.key}'`, name);
      const value = args[1];
      if (value?.type !== "number") throw new EngineInputError("TIER: argument 2 must be a number", value);
      const rate = rateAtDec(parseTierTable(table), toDec(value.value).abs(), ONE).rate;
      return { type: "number", value: rate.toFixed() };
    },
  };
}
