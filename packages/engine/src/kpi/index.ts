// KPI catalogue and arithmetic (docs/kpis.md). Definitions are data; evaluateKpi is the one implementation of the maths.
export { expandKpiFamilies, kpiCatalogue } from "./catalogue";
export { compileKpiFormula, type KpiFormulaCheck } from "./compile-kpi-formula";
export { evaluateKpi, roundKpiValue } from "./evaluate-kpi";
export { kpiAttainment, kpiStatus } from "./kpi-status";
export { measureDefinitions, measureFamilies } from "./measures";
export type * from "./types";
