import type { CallCategory, ForecastCategory, GridCell, GridRow } from "../../api/forecast-types";

/** The grid's columns, left to right: the five categories, the two forecasts, the target, the statistical range. */
export type GridColumn = ForecastCategory | "commitForecast" | "bestCaseForecast" | "target" | "statistical";

export const gridColumns: readonly GridColumn[] = [
  "closed",
  "commit",
  "best_case",
  "pipeline",
  "omitted",
  "commitForecast",
  "bestCaseForecast",
  "target",
  "statistical",
];

export const callCategories: readonly CallCategory[] = ["commit", "best_case", "pipeline", "omitted"];

export const forecastCategories: readonly ForecastCategory[] = ["closed", ...callCategories];

export function isCategoryColumn(column: GridColumn): column is ForecastCategory {
  return (forecastCategories as readonly string[]).includes(column);
}

/** The category cell of a row (closed is computed, the others may carry a call or an override). */
export function rowCell(row: GridRow, category: ForecastCategory): GridCell {
  return row.cells[category];
}
