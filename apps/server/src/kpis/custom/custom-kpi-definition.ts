import type { kpiCustomDefinitions } from "@attain/db";
import type { KpiDefinition } from "@attain/engine";
import { formulaMeasures, measureOf } from "../kpi-definitions";

/** A stored custom KPI as an engine definition (a ratio of sums over time and hierarchy; drills into its first measure). */
export function customKpiDefinition(row: typeof kpiCustomDefinitions.$inferSelect): KpiDefinition {
  return {
    key: row.key,
    name: row.name,
    description: row.description,
    formula: row.formula,
    unit: row.unit,
    direction: row.direction,
    category: "sales",
    timeAggregation: "ratio_of_sums",
    hierarchyAggregation: "ratio_of_sums",
    owner: row.owner,
    drill: measureOf(formulaMeasures(row.formula)[0] ?? "")?.drill ?? "order_lines",
    custom: true,
  };
}
