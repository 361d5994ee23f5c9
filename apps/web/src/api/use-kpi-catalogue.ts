import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { apiFetch, toQueryString } from "./api-fetch";
import type {
  CustomKpiInput,
  KpiCatalogueResponse,
  KpiDefinitionDto,
  KpiFilterQuery,
  KpiFormulaCheck,
  KpiValuesResponse,
} from "./kpi-types";

export const kpiCatalogueKey = ["kpis", "catalogue"] as const;

/** Built-in, family and custom KPIs with the measures they are made of. */
export function useKpiCatalogue() {
  return useQuery({
    queryKey: kpiCatalogueKey,
    queryFn: () => apiFetch<KpiCatalogueResponse>("/api/kpis/catalogue"),
    staleTime: 60_000,
    retry: false,
  });
}

/** The values of many KPIs for one scope and period, in one request. */
export function useKpiValues(keys: string[], filters: KpiFilterQuery = {}, enabled = true) {
  const query = toQueryString({
    keys: keys.join(","),
    period: filters.period,
    from: filters.from,
    to: filters.to,
    personId: filters.personId,
    teamId: filters.teamId,
    asOf: filters.asOf,
  });
  return useQuery({
    queryKey: ["kpis", "values", query],
    queryFn: () => apiFetch<KpiValuesResponse>(`/api/kpis/values${query}`),
    enabled: enabled && keys.length > 0,
    retry: false,
  });
}

/** Checks a formula without saving it (the editor calls it as the user types). */
export function useCheckKpiFormula() {
  return useMutation({
    mutationFn: (formula: string) =>
      apiFetch<KpiFormulaCheck>("/api/kpis/custom/check", { method: "POST", body: { formula } }),
  });
}

export function useSaveCustomKpi() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: ({ key, input }: { key?: string; input: CustomKpiInput }) =>
      key
        ? apiFetch<KpiDefinitionDto>(`/api/kpis/custom/${encodeURIComponent(key)}`, {
            method: "PUT",
            body: input,
          })
        : apiFetch<KpiDefinitionDto>("/api/kpis/custom", { method: "POST", body: input }),
    onSuccess: () => client.invalidateQueries({ queryKey: ["kpis"] }),
  });
}

export function useArchiveCustomKpi() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (key: string) =>
      apiFetch<unknown>(`/api/kpis/custom/${encodeURIComponent(key)}`, { method: "DELETE" }),
    onSuccess: () => client.invalidateQueries({ queryKey: ["kpis"] }),
  });
}
