import type { DashboardFilters, DashboardWidget, Db } from "@attain/db";
import type { Viewer } from "../auth/viewer";
import { getKpiBreakdown, getKpiFunnel, getKpiValues } from "../kpis";
import type { KpiBreakdownResponse, KpiContext, KpiFunnelResponse, KpiValuesResponse } from "../kpis/types";
import { findDashboard } from "./find-dashboard";
import { kpiContextOf } from "./kpi-context-of";
import { type DashboardCatalogue, loadDashboardCatalogue } from "./load-dashboard-catalogue";
import { mergeDashboardFilters } from "./merge-dashboard-filters";
import type { DashboardData, DashboardDto, DashboardWidgetData } from "./types";

export type DashboardDataQuery = DashboardFilters & { asOf?: string };

/** Widgets whose KPIs come from the dashboard's one values request (with trend and the previous period). */
const valueTypes = new Set<DashboardWidget["type"]>(["tile", "trend", "qualitative", "table"]);
const LEADERBOARD_ROWS = 10;

/** A dashboard's figures for the viewer (their scope applies) with the request's filters over the saved ones. */
export async function getDashboardData(
  db: Db,
  viewer: Viewer,
  today: string,
  id: string,
  query: DashboardDataQuery,
): Promise<DashboardData> {
  const catalogue = await loadDashboardCatalogue(db, viewer.workspaceId);
  const dashboard = await findDashboard(db, viewer, id, catalogue.keys);
  return readDashboardData(db, viewer, today, dashboard, catalogue, query);
}

/**
 * Reads every figure of `dashboard` through the KPI module: one `getKpiValues` for all tile, trend, qualitative and
 * table KPIs, a `getKpiBreakdown` per bar / leaderboard widget and per table KPI, a `getKpiFunnel` per funnel widget.
 * KPIs the catalogue no longer has are listed in the widget's `missingKpis` instead of failing the whole dashboard.
 */
export async function readDashboardData(
  db: Db,
  viewer: Viewer,
  today: string,
  dashboard: DashboardDto,
  catalogue: DashboardCatalogue,
  query: DashboardDataQuery,
): Promise<DashboardData> {
  const { asOf, ...requestFilters } = query;
  const filters = { ...mergeDashboardFilters(dashboard.filters, requestFilters), ...(asOf ? { asOf } : {}) };
  const known = (widget: DashboardWidget) => widget.kpis.filter((key) => catalogue.byKey.has(key));

  const valueKeys = [
    ...new Set(dashboard.widgets.filter((w) => valueTypes.has(w.type)).flatMap((w) => known(w))),
  ];
  const values: Promise<KpiValuesResponse | null> =
    valueKeys.length > 0
      ? getKpiValues(db, viewer, today, {
          ...filters,
          keys: valueKeys,
          trend: true,
          compare: "previous_period",
        })
      : Promise.resolve(null);

  const widgetReads = dashboard.widgets.map(async (widget): Promise<DashboardWidgetData> => {
    const keys = known(widget);
    const missingKpis = widget.kpis.filter((key) => !catalogue.byKey.has(key));
    const data: DashboardWidgetData = { id: widget.id, type: widget.type, missingKpis };
    if (widget.type === "funnel" && widget.funnel) {
      data.funnel = await getKpiFunnel(db, viewer, today, { ...filters, funnel: widget.funnel });
    }
    if ((widget.type === "bar" || widget.type === "leaderboard" || widget.type === "table") && widget.by) {
      const by = widget.by;
      const limit = widget.type === "leaderboard" ? { limit: LEADERBOARD_ROWS } : {};
      const splitKeys = widget.type === "table" ? keys : keys.slice(0, 1);
      const breakdowns = await Promise.all(
        splitKeys.map((key) => getKpiBreakdown(db, viewer, today, { ...filters, key, by, ...limit })),
      );
      if (breakdowns[0]) data.breakdown = breakdowns[0];
      if (widget.type === "table") data.breakdowns = breakdowns;
    }
    return data;
  });

  const [valuesResponse, widgets] = await Promise.all([values, Promise.all(widgetReads)]);
  if (valuesResponse) {
    const byKey = new Map(valuesResponse.values.map((value) => [value.key, value]));
    dashboard.widgets.forEach((widget, index) => {
      if (!valueTypes.has(widget.type)) return;
      widgets[index]!.values = known(widget).flatMap((key) => {
        const value = byKey.get(key);
        return value ? [value] : [];
      });
    });
  }

  const context = valuesResponse
    ? kpiContextOf(valuesResponse)
    : await contextWithoutValues(db, viewer, today, filters, widgets);
  const shownKeys = [...new Set(dashboard.widgets.flatMap((widget) => known(widget)))];
  return {
    dashboard,
    context,
    definitions: shownKeys.map((key) => catalogue.byKey.get(key)!),
    widgets,
  };
}

/** A dashboard without tiles still reports its period and scope: from a breakdown or funnel, else an empty read. */
async function contextWithoutValues(
  db: Db,
  viewer: Viewer,
  today: string,
  filters: DashboardDataQuery,
  widgets: DashboardWidgetData[],
): Promise<KpiContext> {
  const any: KpiBreakdownResponse | KpiFunnelResponse | undefined = widgets
    .map((w) => w.breakdown ?? w.funnel)
    .find((response) => response !== undefined);
  if (any) return kpiContextOf(any);
  return kpiContextOf(await getKpiValues(db, viewer, today, { ...filters, keys: [] }));
}
