import { EngineInputError } from "../errors";
import type { PlanDefinition, RateTable, TierTable } from "./plan";

/** The plan's tier table called `name`, or an EngineInputError naming `where`. */
export function findTierTable(plan: PlanDefinition, name: string, where: string): TierTable {
  const table = plan.tierTables.find((t) => t.name === name);
  if (!table) throw new EngineInputError(`${where}: plan '${plan.key}' has no tier table '${name}'`, name);
  return table;
}

/** The plan's rate table called `name`, or an EngineInputError naming `where`. */
export function findRateTable(plan: PlanDefinition, name: string, where: string): RateTable {
  const table = plan.rateTables.find((t) => t.name === name);
  if (!table) throw new EngineInputError(`${where}: plan '${plan.key}' has no rate table '${name}'`, name);
  return table;
}
