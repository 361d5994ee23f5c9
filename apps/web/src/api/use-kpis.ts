import { keepPreviousData, useQuery } from "@tanstack/react-query";
import { apiFetch, toQueryString } from "./api-fetch";
import type {
  DashboardDimension,
  DashboardFilters,
  KpiBreakdownResponse,
  KpiCatalogueResponse,
  KpiFunnelResponse,
  KpiRowsPage,
  KpiRowsQuery,
  KpiValuesResponse,
} from "./kpi-types";

/** Every KPI query's key starts with this, so a live `data-changed` event refetches them all at once. */
export const kpisKey = ["kpis"] as const;

/** The filters as query parameters, in a fixed order (absent ones left out). */
export function filterParams(filters: DashboardFilters): Record<string, string | undefined> {
  return {
    period: filters.period,
    from: filters.from,
    to: filters.to,
    personId: filters.personId,
    teamId: filters.teamId,
    regionId: filters.regionId,
    segment: filters.segment,
    productId: filters.productId,
  };
}

/** The catalogue (same key as H6's use-kpi-catalogue.ts, so both share one cache entry). */
export function useKpiCatalogue() {
  return useQuery({
    queryKey: [...kpisKey, "catalogue"],
    queryFn: () => apiFetch<KpiCatalogueResponse>("/api/kpis/catalogue"),
    staleTime: 5 * 60_000,
    retry: false,
  });
}

/** One request for all the KPIs a dashboard shows as tiles, trends and side-by-side lists. */
export function useKpiValues(keys: readonly string[], filters: DashboardFilters) {
  const sorted = [...new Set(keys)].sort();
  return useQuery({
    queryKey: [...kpisKey, "values", sorted, filterParams(filters)],
    enabled: sorted.length > 0,
    queryFn: () =>
      apiFetch<KpiValuesResponse>(
        `/api/kpis/values${toQueryString({
          keys: sorted.join(","),
          compare: "previous_period",
          trend: "true",
          ...filterParams(filters),
        })}`,
      ),
    placeholderData: keepPreviousData,
    retry: false,
  });
}

export function useKpiBreakdown(
  request: { key: string; by: DashboardDimension; limit?: number } | null,
  filters: DashboardFilters,
) {
  return useQuery({
    queryKey: [
      ...kpisKey,
      "breakdown",
      request?.key,
      request?.by,
      request?.limit ?? null,
      filterParams(filters),
    ],
    enabled: request !== null,
    queryFn: () =>
      apiFetch<KpiBreakdownResponse>(
        `/api/kpis/breakdown${toQueryString({
          key: request?.key,
          by: request?.by,
          limit: request?.limit === undefined ? undefined : String(request.limit),
          ...filterParams(filters),
        })}`,
      ),
    placeholderData: keepPreviousData,
    retry: false,
  });
}

export function useKpiFunnel(funnel: "sales" | "marketing" | "stages", filters: DashboardFilters) {
  return useQuery({
    queryKey: [...kpisKey, "funnel", funnel, filterParams(filters)],
    queryFn: () =>
      apiFetch<KpiFunnelResponse>(`/api/kpis/funnel${toQueryString({ funnel, ...filterParams(filters) })}`),
    placeholderData: keepPreviousData,
    retry: false,
  });
}

/** The rows behind a figure, one page at a time. */
export function useKpiRows(query: KpiRowsQuery | null) {
  return useQuery({
    queryKey: [
      ...kpisKey,
      "rows",
      query?.key,
      query?.measure ?? null,
      query?.month ?? null,
      query?.dimension ?? null,
      query?.dimensionValue ?? null,
      query?.page ?? 1,
      query?.pageSize ?? null,
      query ? filterParams(query) : null,
    ],
    enabled: query !== null,
    queryFn: () =>
      apiFetch<KpiRowsPage>(
        `/api/kpis/rows${toQueryString({
          key: query?.key,
          measure: query?.measure,
          month: query?.month,
          dimension: query?.dimension,
          dimensionValue: query?.dimensionValue,
          page: query?.page === undefined ? undefined : String(query.page),
          pageSize: query?.pageSize === undefined ? undefined : String(query.pageSize),
          ...(query ? filterParams(query) : {}),
        })}`,
      ),
    placeholderData: keepPreviousData,
    retry: false,
  });
}
