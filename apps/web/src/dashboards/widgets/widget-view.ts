import type { DashboardFilters, DashboardWidget, KpiContext, KpiValueDto } from "../../api/kpi-types";
import type { DrillTarget } from "../drill/drill-target";

/** What every widget is drawn from: its definition, the dashboard's filters and values, and where a click goes. */
export type WidgetView = {
  widget: DashboardWidget;
  filters: DashboardFilters;
  /** The dashboard's one values request, by KPI key (tiles, trends, side-by-side lists). */
  values: ReadonlyMap<string, KpiValueDto>;
  context: KpiContext | undefined;
  onDrill: (target: DrillTarget) => void;
};
