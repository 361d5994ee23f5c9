import { keepPreviousData, useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { apiFetch, toQueryString } from "./api-fetch";
import type {
  AnalyticsQuery,
  BoardQuery,
  CoverageQuery,
  OpportunitiesPage,
  OpportunityDetail,
  OpportunityPatch,
  OpportunityQuery,
  PipelineAnalytics,
  PipelineBoard,
  PipelineCoverage,
  PipelineSettings,
  PipelineSettingsInput,
} from "./pipeline-types";

export const pipelineKey = ["pipeline"] as const;
const settingsKey = [...pipelineKey, "settings"] as const;
const opportunityKey = (id: string) => [...pipelineKey, "opportunity", id] as const;
const opportunityPath = (id: string) => `/api/pipeline/opportunities/${encodeURIComponent(id)}`;

export function usePipelineSettings() {
  return useQuery({
    queryKey: settingsKey,
    queryFn: () => apiFetch<PipelineSettings>("/api/pipeline/settings"),
    retry: false,
  });
}

export function useSavePipelineSettings() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (body: PipelineSettingsInput) =>
      apiFetch<PipelineSettings>("/api/pipeline/settings", { method: "PUT", body }),
    onSuccess: (settings) => {
      // Stages, probabilities and flags of every list depend on the settings.
      void client.invalidateQueries({ queryKey: pipelineKey });
      client.setQueryData(settingsKey, settings);
    },
  });
}

export function usePipelineOpportunities(query: OpportunityQuery) {
  return useQuery({
    queryKey: [...pipelineKey, "opportunities", query],
    queryFn: () =>
      apiFetch<OpportunitiesPage>(
        `/api/pipeline/opportunities${toQueryString({
          status: query.status,
          personId: query.personId,
          stage: query.stage,
          flag: query.flag,
          motion: query.motion,
          closeFrom: query.closeFrom,
          closeTo: query.closeTo,
          q: query.q,
          sort: query.sort,
          order: query.order,
          limit: String(query.limit),
          offset: String(query.offset),
        })}`,
      ),
    placeholderData: keepPreviousData,
    retry: false,
  });
}

export function usePipelineBoard(query: BoardQuery) {
  return useQuery({
    queryKey: [...pipelineKey, "board", query],
    queryFn: () => apiFetch<PipelineBoard>(`/api/pipeline/board${toQueryString({ ...query })}`),
    placeholderData: keepPreviousData,
    retry: false,
  });
}

export function useOpportunity(id: string) {
  return useQuery({
    queryKey: opportunityKey(id),
    queryFn: () => apiFetch<OpportunityDetail>(opportunityPath(id)),
    retry: false,
  });
}

export function useUpdateOpportunity(id: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (body: OpportunityPatch) =>
      apiFetch<OpportunityDetail>(opportunityPath(id), { method: "PATCH", body }),
    onSuccess: (detail) => {
      client.setQueryData(opportunityKey(id), detail);
      // Board, table, coverage and analytics all count this deal.
      void client.invalidateQueries({
        queryKey: pipelineKey,
        predicate: (q) => q.queryKey[1] !== "opportunity" || q.queryKey[2] !== id,
      });
    },
  });
}

export function usePipelineAnalytics(query: AnalyticsQuery) {
  return useQuery({
    queryKey: [...pipelineKey, "analytics", query],
    queryFn: () => apiFetch<PipelineAnalytics>(`/api/pipeline/analytics${toQueryString({ ...query })}`),
    placeholderData: keepPreviousData,
    retry: false,
  });
}

export function usePipelineCoverage(query: CoverageQuery) {
  return useQuery({
    queryKey: [...pipelineKey, "coverage", query],
    queryFn: () => apiFetch<PipelineCoverage>(`/api/pipeline/coverage${toQueryString({ ...query })}`),
    placeholderData: keepPreviousData,
    retry: false,
  });
}
