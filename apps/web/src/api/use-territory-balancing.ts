import { useMutation, useQuery } from "@tanstack/react-query";
import { apiFetch } from "./api-fetch";
import type { Optimisation, OptimisationRequest, PublishResult, TerritoryPlan } from "./territory-types";
import { territoriesKey, territoryPlanPath, useInvalidateTerritories } from "./use-territories";

const optimisationPath = (id: string) => `/api/territories/optimisations/${encodeURIComponent(id)}`;
const finished = (status: string) => status === "done" || status === "failed" || status === "applied";

/** Starts a balancing run (a job on the server); answers its id. */
export function useStartOptimisation(planId: string) {
  return useMutation({
    mutationFn: (body: OptimisationRequest) =>
      apiFetch<{ id: string; status: string }>(`${territoryPlanPath(planId)}/optimisations`, {
        method: "POST",
        body,
      }),
  });
}

/** A balancing run, polled every second until it has finished. */
export function useOptimisation(id: string | null) {
  return useQuery({
    queryKey: [...territoriesKey, "optimisation", id],
    enabled: id !== null,
    queryFn: () => apiFetch<Optimisation>(optimisationPath(id ?? "")),
    refetchInterval: (query) => (query.state.data && finished(query.state.data.status) ? false : 1000),
    retry: false,
  });
}

export function useApplyOptimisation() {
  const invalidate = useInvalidateTerritories();
  return useMutation({
    mutationFn: ({ id, baseRevision }: { id: string; baseRevision: number }) =>
      apiFetch<TerritoryPlan>(`${optimisationPath(id)}/apply`, { method: "POST", body: { baseRevision } }),
    onSuccess: () => invalidate(),
  });
}

export function usePublishTerritoryPlan() {
  const invalidate = useInvalidateTerritories();
  return useMutation({
    mutationFn: ({ id, baseRevision }: { id: string; baseRevision: number }) =>
      apiFetch<PublishResult>(`${territoryPlanPath(id)}/publish`, { method: "POST", body: { baseRevision } }),
    onSuccess: () => invalidate(),
  });
}
