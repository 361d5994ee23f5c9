import type { DashboardDimension, DashboardWidget, WidgetType } from "../../api/kpi-types";

export const widgetTypeList: readonly WidgetType[] = [
  "tile",
  "trend",
  "bar",
  "leaderboard",
  "table",
  "funnel",
  "qualitative",
];

/** A new widget's starting size on the 12-column grid, by type. */
export const defaultSize: Record<WidgetType, { w: number; h: number }> = {
  tile: { w: 3, h: 2 },
  trend: { w: 6, h: 3 },
  bar: { w: 6, h: 3 },
  leaderboard: { w: 6, h: 4 },
  table: { w: 12, h: 4 },
  funnel: { w: 6, h: 3 },
  qualitative: { w: 6, h: 4 },
};

export type WidgetChoice = {
  type: WidgetType;
  kpis: string[];
  by: DashboardDimension;
  funnel: "sales" | "marketing" | "stages";
  title: string;
};

/** Which choices a type needs: one KPI, several, a dimension, a funnel. */
export const needs = (type: WidgetType) => ({
  oneKpi: type === "tile" || type === "trend" || type === "bar" || type === "leaderboard",
  manyKpis: type === "table" || type === "qualitative",
  dimension: type === "bar" || type === "leaderboard" || type === "table",
  funnel: type === "funnel",
});

/** The widget (without its place) a completed choice describes, or null while something it needs is missing. */
export function widgetFromChoice(choice: WidgetChoice, id: string): Omit<DashboardWidget, "x" | "y"> | null {
  const need = needs(choice.type);
  const kpis = need.funnel ? [] : need.oneKpi ? choice.kpis.slice(0, 1) : choice.kpis;
  if (!need.funnel && kpis.length === 0) return null;
  return {
    id,
    type: choice.type,
    kpis,
    ...(need.dimension ? { by: choice.by } : {}),
    ...(need.funnel ? { funnel: choice.funnel } : {}),
    ...(choice.title.trim() ? { title: choice.title.trim() } : {}),
    ...defaultSize[choice.type],
  };
}
