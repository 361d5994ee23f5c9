import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { apiFetch } from "./api-fetch";
import type {
  Assignment,
  NewAssignment,
  PlanDefinition,
  PlanSummary,
  PlanValidation,
  PlanVersionDetail,
  RegressionRow,
} from "./comp-types";

const plansKey = ["comp", "plans"] as const;
const versionPath = (key: string, version: number) =>
  `/api/comp/plans/${encodeURIComponent(key)}/versions/${version}`;

export function usePlans() {
  return useQuery({
    queryKey: plansKey,
    queryFn: async () => (await apiFetch<{ items: PlanSummary[] }>("/api/comp/plans")).items,
    retry: false,
  });
}

export function usePlanVersion(key: string, version: number) {
  return useQuery({
    queryKey: [...plansKey, key, version],
    queryFn: () => apiFetch<PlanVersionDetail>(versionPath(key, version)),
    retry: false,
  });
}

/** Validation of a definition (or of its YAML/JSON text); the server's answer places each issue. */
export function validatePlan(
  body: { definition: PlanDefinition } | { yaml: string },
): Promise<PlanValidation> {
  return apiFetch<PlanValidation>("/api/comp/plans/validate", { method: "POST", body });
}

export function useCreatePlan() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (definition: PlanDefinition) =>
      apiFetch<PlanVersionDetail>("/api/comp/plans", { method: "POST", body: { definition } }),
    onSuccess: () => client.invalidateQueries({ queryKey: plansKey }),
  });
}

export function useSavePlanVersion(key: string, version: number) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (definition: PlanDefinition) =>
      apiFetch<PlanVersionDetail>(versionPath(key, version), { method: "PUT", body: { definition } }),
    onSuccess: (saved) => {
      client.setQueryData([...plansKey, key, version], saved);
      void client.invalidateQueries({ queryKey: plansKey, exact: true });
    },
  });
}

export function usePublishPlanVersion(key: string, version: number) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: () => apiFetch<PlanVersionDetail>(`${versionPath(key, version)}/publish`, { method: "POST" }),
    onSuccess: () => client.invalidateQueries({ queryKey: plansKey }),
  });
}

export function useRegression(key: string, version: number) {
  return useMutation({
    mutationFn: (periods: number) =>
      apiFetch<{ rows: RegressionRow[] }>(`${versionPath(key, version)}/regression`, {
        method: "POST",
        body: { periods },
      }),
  });
}

const assignmentsKey = ["comp", "assignments"] as const;

export function useAssignments() {
  return useQuery({
    queryKey: assignmentsKey,
    queryFn: async () => (await apiFetch<{ items: Assignment[] }>("/api/comp/assignments")).items,
    retry: false,
  });
}

export function useCreateAssignment() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (body: NewAssignment) =>
      apiFetch<Assignment>("/api/comp/assignments", { method: "POST", body }),
    onSuccess: () => client.invalidateQueries({ queryKey: assignmentsKey }),
  });
}
