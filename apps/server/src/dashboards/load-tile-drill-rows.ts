import type { Db } from "@attain/db";
import type { Viewer } from "../auth/viewer";
import { ApiError } from "../http/problem";
import { listKpiRows } from "../kpis";
import type { KpiRowsPage } from "../kpis/types";
import type { DashboardDataQuery } from "./get-dashboard-data";
import { mergeDashboardFilters } from "./merge-dashboard-filters";
import type { DashboardData } from "./types";

/** Rows per tile in an export: enough for a quarter's deals of a team, bounded so an export stays small. */
export const DRILL_ROWS_PER_TILE = 1000;

/**
 * For a live XLSX export: the rows behind each tile's figure (its KPI's first measure, first 1000 rows), read with
 * the same filters as the data. A KPI whose rows the KPI module refuses (a 4xx or 501, e.g. a measure without a row
 * listing) is left out rather than failing the export; anything else is a bug and is thrown.
 */
export async function loadTileDrillRows(
  db: Db,
  viewer: Viewer,
  today: string,
  data: DashboardData,
  query: DashboardDataQuery,
): Promise<KpiRowsPage[]> {
  const keys = [
    ...new Set(
      data.dashboard.widgets.flatMap((widget, index) =>
        widget.type === "tile" && data.widgets[index]?.values?.[0] ? [widget.kpis[0]!] : [],
      ),
    ),
  ];
  const { asOf, ...requestFilters } = query;
  const filters = {
    ...mergeDashboardFilters(data.dashboard.filters, requestFilters),
    ...(asOf ? { asOf } : {}),
  };
  const pages = await Promise.all(
    keys.map(async (key) => {
      try {
        return await listKpiRows(db, viewer, today, {
          ...filters,
          key,
          page: 1,
          pageSize: DRILL_ROWS_PER_TILE,
        });
      } catch (error) {
        if (error instanceof ApiError && error.status >= 400 && error.status !== 500) return null;
        throw error;
      }
    }),
  );
  return pages.filter((page): page is KpiRowsPage => page !== null);
}
