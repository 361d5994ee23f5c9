import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { apiFetch, toQueryString } from "./api-fetch";
import type {
  AccountMove,
  Coverage,
  NewTerritoryPlan,
  PlanAccountsPage,
  PlanComparison,
  PlanEvent,
  TerritoryInput,
  TerritoryMapData,
  TerritoryPlan,
  TerritoryPlanSummary,
} from "./territory-types";

export const territoriesKey = ["territories"] as const;
export const territoryPlanKey = (id: string) => [...territoriesKey, "plan", id] as const;
export const territoryPlanPath = (id: string) => `/api/territories/plans/${encodeURIComponent(id)}`;

/** Every territory plan: the plan of record first, then drafts, then archived. */
export function useTerritoryPlans() {
  return useQuery({
    queryKey: [...territoriesKey, "plans"],
    queryFn: async () => (await apiFetch<{ plans: TerritoryPlanSummary[] }>("/api/territories/plans")).plans,
    retry: false,
  });
}

export function useTerritoryPlan(id: string) {
  return useQuery({
    queryKey: territoryPlanKey(id),
    queryFn: () => apiFetch<TerritoryPlan>(territoryPlanPath(id)),
    retry: false,
  });
}

export function useTerritoryMap(id: string) {
  return useQuery({
    queryKey: [...territoryPlanKey(id), "map"],
    queryFn: () => apiFetch<TerritoryMapData>(`${territoryPlanPath(id)}/map`),
    retry: false,
  });
}

export function useTerritoryCoverage(id: string) {
  return useQuery({
    queryKey: [...territoryPlanKey(id), "coverage"],
    queryFn: () => apiFetch<Coverage>(`${territoryPlanPath(id)}/coverage`),
    retry: false,
  });
}

export type PlanAccountsQuery = { territoryId?: string; q?: string; limit: number; offset: number };

export function usePlanAccounts(id: string, query: PlanAccountsQuery) {
  return useQuery({
    queryKey: [...territoryPlanKey(id), "accounts", query],
    queryFn: () =>
      apiFetch<PlanAccountsPage>(
        `${territoryPlanPath(id)}/accounts${toQueryString({
          territoryId: query.territoryId,
          q: query.q,
          limit: String(query.limit),
          offset: String(query.offset),
        })}`,
      ),
    placeholderData: (previous) => previous,
    retry: false,
  });
}

export function usePlanEvents(id: string) {
  return useQuery({
    queryKey: [...territoryPlanKey(id), "events"],
    queryFn: async () => (await apiFetch<{ events: PlanEvent[] }>(`${territoryPlanPath(id)}/events`)).events,
    retry: false,
  });
}

export function useTerritoryComparison(base: string | undefined, other: string | undefined) {
  return useQuery({
    queryKey: [...territoriesKey, "compare", base ?? null, other ?? null],
    enabled: Boolean(base && other && base !== other),
    queryFn: () => apiFetch<PlanComparison>(`/api/territories/compare${toQueryString({ base, other })}`),
    retry: false,
  });
}

/** After any write, every figure of every plan may have moved (loads, coverage, the list): refetch it all. */
export function useInvalidateTerritories() {
  const client = useQueryClient();
  return () => client.invalidateQueries({ queryKey: territoriesKey });
}

export function useCreateTerritoryPlan() {
  const invalidate = useInvalidateTerritories();
  return useMutation({
    mutationFn: (body: NewTerritoryPlan) =>
      apiFetch<TerritoryPlan>("/api/territories/plans", { method: "POST", body }),
    onSuccess: () => invalidate(),
  });
}

export function useDeleteTerritoryPlan() {
  const invalidate = useInvalidateTerritories();
  return useMutation({
    mutationFn: (id: string) => apiFetch<void>(territoryPlanPath(id), { method: "DELETE" }),
    onSuccess: () => invalidate(),
  });
}

export function useUpdateTerritoryPlan(id: string) {
  const invalidate = useInvalidateTerritories();
  return useMutation({
    mutationFn: (body: { baseRevision: number; name?: string; effectiveFrom?: string }) =>
      apiFetch<TerritoryPlan>(territoryPlanPath(id), { method: "PATCH", body }),
    onSuccess: () => invalidate(),
  });
}

export function useSaveTerritories(id: string) {
  const invalidate = useInvalidateTerritories();
  return useMutation({
    mutationFn: (body: { baseRevision: number; territories: TerritoryInput[] }) =>
      apiFetch<TerritoryPlan>(`${territoryPlanPath(id)}/territories`, { method: "PUT", body }),
    onSuccess: () => invalidate(),
  });
}

export function useApplyRules(id: string) {
  const invalidate = useInvalidateTerritories();
  return useMutation({
    mutationFn: (body: { baseRevision: number; scope: "unassigned" | "all" }) =>
      apiFetch<{ plan: TerritoryPlan; coverage: Coverage }>(`${territoryPlanPath(id)}/apply-rules`, {
        method: "POST",
        body,
      }),
    onSuccess: () => invalidate(),
  });
}

export function useMoveAccounts(id: string) {
  const invalidate = useInvalidateTerritories();
  return useMutation({
    mutationFn: (body: { baseRevision: number; moves: AccountMove[] }) =>
      apiFetch<TerritoryPlan>(`${territoryPlanPath(id)}/moves`, { method: "POST", body }),
    onSuccess: () => invalidate(),
  });
}
