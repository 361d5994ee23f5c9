import type { DashboardFilters, DashboardPreset, DashboardWidget, WidgetType } from "@attain/db";
import type {
  KpiBreakdownResponse,
  KpiContext,
  KpiDefinitionDto,
  KpiFunnelResponse,
  KpiValueDto,
} from "../kpis/types";

/** A dashboard as the API returns it: a preset (`preset:<name>`, read-only) or a stored one. */
export type DashboardDto = {
  id: string;
  name: string;
  preset: DashboardPreset | null;
  widgets: DashboardWidget[];
  filters: DashboardFilters;
  /** Whether the caller may change or delete it (PUT / DELETE). */
  editable: boolean;
  ownerUserId: string | null;
  /** ISO instant of the last change; null for presets (they are code). */
  updatedAt: string | null;
};

/** One widget's figures, all read through the KPI module (apps/server/src/kpis). */
export type DashboardWidgetData = {
  id: string;
  type: WidgetType;
  /** Tile, trend, qualitative (and table): the widget's KPIs from the dashboard's one values request. */
  values?: KpiValueDto[];
  /** Bar, leaderboard, table: the first KPI split by the widget's dimension. */
  breakdown?: KpiBreakdownResponse;
  /** Table: one breakdown per KPI, same dimension, in the widget's KPI order. */
  breakdowns?: KpiBreakdownResponse[];
  funnel?: KpiFunnelResponse;
  /** KPI keys of the widget that the workspace's catalogue no longer has (an archived custom KPI): not shown. */
  missingKpis: string[];
};

/**
 * Everything a dashboard shows for a request, in one document (the web, the exports and the report snapshots read
 * it). `definitions` are the catalogue entries of the KPIs shown, so a snapshot keeps the names and formulas it was
 * taken with.
 */
export type DashboardData = {
  dashboard: DashboardDto;
  context: KpiContext;
  definitions: KpiDefinitionDto[];
  widgets: DashboardWidgetData[];
};
