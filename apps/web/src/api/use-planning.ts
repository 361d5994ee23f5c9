import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { apiFetch, toQueryString } from "./api-fetch";
import type { Assumptions, Grid, NewScenario, Scenario, ScenarioSummary } from "./planning-types";

export const planningKey = ["planning"] as const;
const scenariosKey = [...planningKey, "scenarios"] as const;
export const scenarioKey = (id: string) => [...planningKey, "scenario", id] as const;
export const scenarioPath = (id: string) => `/api/planning/scenarios/${encodeURIComponent(id)}`;

/** Every scenario, plan of record first (optionally of one fiscal year). */
export function useScenarios(fiscalYear?: number) {
  return useQuery({
    queryKey: [...scenariosKey, fiscalYear ?? null],
    queryFn: async () =>
      (
        await apiFetch<{ scenarios: ScenarioSummary[] }>(
          `/api/planning/scenarios${toQueryString({ fiscalYear: fiscalYear?.toString() })}`,
        )
      ).scenarios,
    retry: false,
  });
}

export function useScenario(id: string) {
  return useQuery({
    queryKey: scenarioKey(id),
    queryFn: () => apiFetch<Scenario>(scenarioPath(id)),
    retry: false,
  });
}

/** Every published version of a year, newest first. */
export function useVersions(fiscalYear: number | undefined) {
  return useQuery({
    queryKey: [...planningKey, "versions", fiscalYear ?? null],
    enabled: fiscalYear !== undefined,
    queryFn: async () =>
      (
        await apiFetch<{ versions: ScenarioSummary[] }>(
          `/api/planning/versions${toQueryString({ fiscalYear: fiscalYear?.toString() })}`,
        )
      ).versions,
    retry: false,
  });
}

/** After any write, everything planning shows may have moved (grid, figures, the list): refetch it all. */
function useInvalidatePlanning() {
  const client = useQueryClient();
  return () => client.invalidateQueries({ queryKey: planningKey });
}

export function useCreateScenario() {
  const invalidate = useInvalidatePlanning();
  return useMutation({
    mutationFn: (body: NewScenario) =>
      apiFetch<Scenario>("/api/planning/scenarios", { method: "POST", body }),
    onSuccess: () => invalidate(),
  });
}

export function useRenameScenario() {
  const invalidate = useInvalidatePlanning();
  return useMutation({
    mutationFn: ({ id, name }: { id: string; name: string }) =>
      apiFetch<Scenario>(scenarioPath(id), { method: "PATCH", body: { name } }),
    onSuccess: () => invalidate(),
  });
}

export function useDeleteScenario() {
  const invalidate = useInvalidatePlanning();
  return useMutation({
    mutationFn: (id: string) => apiFetch<void>(scenarioPath(id), { method: "DELETE" }),
    onSuccess: () => invalidate(),
  });
}

export function useSaveAssumptions(id: string) {
  const invalidate = useInvalidatePlanning();
  return useMutation({
    mutationFn: (body: { baseRevision: number; assumptions: Assumptions }) =>
      apiFetch<Scenario>(`${scenarioPath(id)}/assumptions`, { method: "PUT", body }),
    onSuccess: () => invalidate(),
  });
}

/** The allocation the assumptions would give, computed and not stored (the wizard's last step). */
export function useAllocationPreview(id: string) {
  return useMutation({
    mutationFn: (assumptions: Assumptions) =>
      apiFetch<Grid>(`${scenarioPath(id)}/allocation-preview`, { method: "POST", body: { assumptions } }),
  });
}

export function usePublishScenario() {
  const invalidate = useInvalidatePlanning();
  return useMutation({
    mutationFn: ({ id, baseRevision, note }: { id: string; baseRevision: number; note?: string }) =>
      apiFetch<Scenario>(`${scenarioPath(id)}/publish`, {
        method: "POST",
        body: note ? { baseRevision, note } : { baseRevision },
      }),
    onSuccess: () => invalidate(),
  });
}
