import type { DashboardDimension } from "../../api/kpi-types";

/** A number the reader clicked: which KPI (and optionally which measure, month or breakdown row) to list rows for. */
export type DrillTarget = {
  key: string;
  measure?: string;
  month?: string;
  dimension?: DashboardDimension;
  dimensionValue?: string;
  /** What was clicked, in words ("Alice Martin", "March 2026"), for the drawer's title. */
  label?: string;
};
