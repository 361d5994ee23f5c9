import type { PlanDefinition } from "./plan";
import type { IssueSink } from "./validate-plan-issue";

/** Components, tables and variables are referred to by name, so each name must be unique in its list. */
export function checkUniqueNames(plan: PlanDefinition, report: IssueSink): void {
  const lists = [
    ["components", "component", plan.components],
    ["rateTables", "rate table", plan.rateTables],
    ["tierTables", "tier table", plan.tierTables],
    ["variables", "variable", plan.variables],
  ] as const;
  for (const [key, what, items] of lists) {
    const seen = new Map<string, number>();
    items.forEach((item: { name: string }, i: number) => {
      const first = seen.get(item.name);
      if (first === undefined) seen.set(item.name, i);
      else report([key, i, "name"], `duplicate ${what} name "${item.name}" (also ${key}[${first}])`);
    });
  }
}
