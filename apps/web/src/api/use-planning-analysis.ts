import { useQuery } from "@tanstack/react-query";
import { apiFetch, toQueryString } from "./api-fetch";
import type {
  CapacityReport,
  FairnessReport,
  MyQuota,
  ReconciliationReport,
  ScenarioComparison,
} from "./planning-types";
import { planningKey, scenarioPath } from "./use-planning";

// Analyses are recomputed by the server on each call; they are refetched whenever a planning write succeeds.

export function useFairness(scenarioId: string) {
  return useQuery({
    queryKey: [...planningKey, "fairness", scenarioId],
    queryFn: () => apiFetch<FairnessReport>(`${scenarioPath(scenarioId)}/fairness`),
    retry: false,
  });
}

export function useCapacity(scenarioId: string) {
  return useQuery({
    queryKey: [...planningKey, "capacity", scenarioId],
    queryFn: () => apiFetch<CapacityReport>(`${scenarioPath(scenarioId)}/capacity`),
    retry: false,
  });
}

export function useReconciliation(scenarioId: string) {
  return useQuery({
    queryKey: [...planningKey, "reconciliation", scenarioId],
    queryFn: () => apiFetch<ReconciliationReport>(`${scenarioPath(scenarioId)}/reconciliation`),
    retry: false,
  });
}

export function useComparison(base: string | undefined, other: string | undefined) {
  return useQuery({
    queryKey: [...planningKey, "compare", base ?? null, other ?? null],
    enabled: base !== undefined && other !== undefined,
    queryFn: () => apiFetch<ScenarioComparison>(`/api/planning/compare${toQueryString({ base, other })}`),
    retry: false,
  });
}

export function useMyQuota(fiscalYear: number | undefined) {
  return useQuery({
    queryKey: [...planningKey, "my-quota", fiscalYear ?? null],
    queryFn: () =>
      apiFetch<MyQuota>(`/api/planning/my-quota${toQueryString({ fiscalYear: fiscalYear?.toString() })}`),
    retry: false,
  });
}
