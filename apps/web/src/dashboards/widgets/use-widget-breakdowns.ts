import { useQueries } from "@tanstack/react-query";
import { apiFetch, toQueryString } from "../../api/api-fetch";
import type { DashboardFilters, DashboardWidget, KpiBreakdownResponse } from "../../api/kpi-types";
import { filterParams, kpisKey } from "../../api/use-kpis";
import { breakdownRequests } from "./widget-requests";

/** One breakdown per KPI of a bar, leaderboard or table widget (a table: several, by the same dimension). */
export function useWidgetBreakdowns(widget: DashboardWidget, filters: DashboardFilters, limit?: number) {
  return useQueries({
    queries: breakdownRequests(widget).map((request) => ({
      // Same key shape as useKpiBreakdown, so both share the cache and a live event refreshes them.
      queryKey: [...kpisKey, "breakdown", request.key, request.by, limit ?? null, filterParams(filters)],
      queryFn: () =>
        apiFetch<KpiBreakdownResponse>(
          `/api/kpis/breakdown${toQueryString({
            key: request.key,
            by: request.by,
            limit: limit === undefined ? undefined : String(limit),
            ...filterParams(filters),
          })}`,
        ),
      retry: false,
    })),
  });
}
