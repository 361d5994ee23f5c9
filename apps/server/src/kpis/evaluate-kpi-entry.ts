import { evaluateKpi, type KpiEvaluation, kpiTarget } from "@attain/engine";
import type { KpiEntry } from "./kpi-definitions";
import type { MeasureRequest } from "./measure-sources";

/**
 * A KPI's value over measure values, by the engine; `not_applicable` when its measures have no person dimension and
 * the request is not workspace-wide (docs/kpis-api.md, "Who sees what").
 */
export function evaluateKpiEntry(
  entry: KpiEntry,
  values: Record<string, string>,
  request: MeasureRequest,
): KpiEvaluation {
  if (entry.workspaceOnly && request.personIds !== null) {
    return {
      value: null,
      reason: {
        code: "not_applicable",
        message: "This KPI is measured for the whole workspace only: its figures are not split by person.",
      },
      components: [],
    };
  }
  return evaluateKpi(entry.definition, values);
}

/** The target the definition's formula gives over the same measures (a constant or e.g. `booking_target`). */
export function formulaTarget(entry: KpiEntry, values: Record<string, string>): string | null {
  return kpiTarget(entry.definition, values);
}

/** The filters of a request a KPI cannot apply (docs/kpis-api.md: `ignoredFilters`). */
export function ignoredFiltersOf(
  entry: KpiEntry,
  query: {
    personId?: string;
    teamId?: string;
    regionId?: string;
    segment?: string;
    productId?: string;
    channel?: string;
  },
): string[] {
  const asked: [string, KpiEntry["filters"][number]][] = [];
  if (query.personId) asked.push(["personId", "person"]);
  if (query.teamId) asked.push(["teamId", "team"]);
  if (query.regionId) asked.push(["regionId", "region"]);
  if (query.segment) asked.push(["segment", "segment"]);
  if (query.productId) asked.push(["productId", "product"]);
  if (query.channel) asked.push(["channel", "channel"]);
  return asked.filter(([, filter]) => !entry.filters.includes(filter)).map(([, filter]) => filter);
}
