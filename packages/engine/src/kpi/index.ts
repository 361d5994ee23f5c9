// KPI catalogue and arithmetic (docs/kpis.md). Definitions are data; evaluateKpi is the one implementation of the maths.
export { expandKpiFamilies, kpiCatalogue } from "./catalogue";
export { compareKpiValues } from "./compare-kpi-values";
export { compileKpiFormula, type KpiFormulaCheck } from "./compile-kpi-formula";
export { elapsedShare } from "./elapsed-share";
export { evaluateKpi } from "./evaluate-kpi";
export { findMeasure } from "./find-measure";
export { kpiAccrues, kpiMeasures } from "./kpi-measures";
export { kpiAttainment, kpiStatus } from "./kpi-status";
export { kpiTarget } from "./kpi-target";
export { measureDefinitions, measureFamilies } from "./measures";
export { AT_RISK_BAND, type PaceStatus, paceStatus } from "./pace-status";
export { kpiValuePlaces, roundKpiValue } from "./round-kpi-value";
export type * from "./types";
