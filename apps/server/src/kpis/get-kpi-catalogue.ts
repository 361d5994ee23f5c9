import type { Db } from "@attain/db";
import { type KpiEntry, loadWorkspaceKpis, measureOf } from "./kpi-definitions";
import type { KpiCatalogueResponse, KpiDefinitionDto } from "./types";

/** The workspace's KPIs (built-in, its stage and criterion families, its custom ones) and the measures formulas use. */
export async function getKpiCatalogue(db: Db, workspaceId: string): Promise<KpiCatalogueResponse> {
  const { kpis, knownMeasures } = await loadWorkspaceKpis(db, workspaceId);
  return {
    kpis: [...kpis.values()].map(toKpiDefinitionDto),
    measures: knownMeasures.flatMap((key) => {
      const measure = measureOf(key);
      if (!measure) return [];
      const member = key.includes(".") ? ` (${key.slice(key.indexOf(".") + 1)})` : "";
      return [
        {
          key,
          label: `${measure.label}${member}`,
          description: measure.description,
          unit: measure.unit,
          kind: measure.kind,
        },
      ];
    }),
  };
}

export function toKpiDefinitionDto(entry: KpiEntry): KpiDefinitionDto {
  const d = entry.definition;
  return {
    key: d.key,
    name: d.name,
    description: d.description,
    formula: d.formula,
    unit: d.unit,
    direction: d.direction,
    category: d.category,
    timeAggregation: d.timeAggregation,
    hierarchyAggregation: d.hierarchyAggregation,
    owner: d.owner,
    target: d.target ?? null,
    drill: d.drill,
    custom: d.custom,
    filters: entry.filters,
    measures: entry.measures,
  };
}
