// The KPI module's public entry points (docs/kpis-api.md). Every dashboard figure, export and goal reads these.
export type * from "./types";
export { getKpiCatalogue } from "./get-kpi-catalogue";
export { getKpiValues } from "./get-kpi-values";
export { getKpiBreakdown } from "./get-kpi-breakdown";
export { getKpiFunnel } from "./get-kpi-funnel";
export { listKpiRows } from "./list-kpi-rows";
export { rebuildKpiFacts } from "./rebuild-kpi-facts";
export { refreshKpiFacts } from "./refresh-kpi-facts";
export { stageKey } from "./stage-key";
