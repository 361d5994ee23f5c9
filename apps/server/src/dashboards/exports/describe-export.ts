import type { DashboardWidget } from "@attain/db";
import type { KpiDefinitionDto, KpiRowsPage } from "../../kpis/types";
import type { DashboardData } from "../types";
import { type ExportLabel, type ExportLocale, exportLabel } from "./export-labels";
import { kpiDisplayName } from "./kpi-names-fr";

/** What every export says about itself: its title, who and when. */
export type DashboardExportOptions = {
  locale: ExportLocale;
  /** The export's instant: the request's, or a snapshot's takenAt (so its files never change). */
  generatedAt: Date;
  /** A snapshot's name; absent for a live export. */
  snapshotName?: string;
  /** XLSX of a live export: the rows behind each tile (load-tile-drill-rows.ts), a sheet each. */
  drillRows?: KpiRowsPage[];
};

/** The header lines of an export: period, scope, filters, when. */
export function describeExportContext(data: DashboardData, options: DashboardExportOptions): string[] {
  const { locale } = options;
  const label = (key: ExportLabel) => exportLabel(locale, key);
  const { context } = data;
  const filters = Object.entries(context.filters)
    .filter(([, value]) => value !== undefined && value !== "")
    .map(([key, value]) => `${exportLabel(locale, `filter_${key}` as ExportLabel) ?? key} = ${value}`);
  const when = options.generatedAt.toISOString().replace("T", " ").slice(0, 16);
  return [
    `${label("period")}: ${context.from} – ${context.to} (${context.fromDay} – ${context.toDay})`,
    `${label("scope")}: ${context.scope.name} (${label(`scope_${context.scope.kind}`)})`,
    `${label("filters")}: ${filters.length > 0 ? filters.join(", ") : label("noFilters")}`,
    `${label("currency")}: ${context.currency}`,
    `${label(options.snapshotName ? "snapshotTakenAt" : "generatedAt")}: ${when} UTC`,
  ];
}

/** A KPI's name in the export's language, from the data's own definitions (a snapshot keeps its names). */
export function kpiNameOf(data: DashboardData, locale: ExportLocale, key: string): string {
  return kpiDisplayName(locale, key, definitionOf(data, key)?.name ?? key);
}

export function definitionOf(data: DashboardData, key: string): KpiDefinitionDto | undefined {
  return data.definitions.find((definition) => definition.key === key);
}

/** A widget's heading: its own title, else its KPI (and dimension) or its funnel. */
export function widgetTitle(data: DashboardData, locale: ExportLocale, widget: DashboardWidget): string {
  if (widget.title) return widget.title;
  if (widget.type === "funnel") return exportLabel(locale, `funnel_${widget.funnel ?? "sales"}`);
  const first = widget.kpis[0];
  const name = first ? kpiNameOf(data, locale, first) : widget.id;
  return widget.by && widget.type !== "table"
    ? `${name} ${exportLabel(locale, `by_${widget.by}`)}`
    : widget.type === "table" && widget.by
      ? exportLabel(locale, `by_${widget.by}`).replace(/^./, (c) => c.toUpperCase())
      : name;
}
