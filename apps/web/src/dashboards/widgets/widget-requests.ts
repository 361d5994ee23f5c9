import type { DashboardDimension, DashboardWidget } from "../../api/kpi-types";

/** Widgets whose KPIs come from the one `/api/kpis/values` request of the dashboard. */
const valueTypes = new Set<DashboardWidget["type"]>(["tile", "trend", "qualitative"]);

/** The KPI keys of the dashboard's single values request: every tile's, trend's and side-by-side list's, once. */
export function valueKeys(widgets: readonly DashboardWidget[]): string[] {
  return [...new Set(widgets.filter((w) => valueTypes.has(w.type)).flatMap((w) => w.kpis))].sort();
}

/** The breakdown a bar, leaderboard or table widget needs for each of its KPIs (a table: one per KPI, same `by`). */
export function breakdownRequests(widget: DashboardWidget): { key: string; by: DashboardDimension }[] {
  if (widget.type !== "bar" && widget.type !== "leaderboard" && widget.type !== "table") return [];
  const by = widget.by ?? "person";
  const keys = widget.type === "table" ? widget.kpis : widget.kpis.slice(0, 1);
  return keys.map((key) => ({ key, by }));
}

/** Qualitative KPIs are the managers' evaluation scores; the rest of a side-by-side widget is quantitative. */
export function isQualitativeKpi(key: string): boolean {
  return key === "evaluation_overall" || key.startsWith("evaluation.");
}
