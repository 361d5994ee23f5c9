import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { apiFetch, toQueryString } from "./api-fetch";
import type { GoalDto, GoalInput } from "./performance-types";

export const goalsKey = ["goals"] as const;

export function useGoals(filters: { personId?: string; teamId?: string; status?: string } = {}) {
  return useQuery({
    queryKey: [...goalsKey, "list", filters],
    queryFn: async () => (await apiFetch<{ goals: GoalDto[] }>(`/api/goals${toQueryString(filters)}`)).goals,
    retry: false,
  });
}

export function useGoal(id: string) {
  return useQuery({
    queryKey: [...goalsKey, "one", id],
    queryFn: () => apiFetch<GoalDto>(`/api/goals/${encodeURIComponent(id)}`),
    retry: false,
  });
}

/** Creates a goal, or edits one when `id` is given. */
export function useSaveGoal() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: ({ id, input }: { id?: string; input: GoalInput }) =>
      id
        ? apiFetch<GoalDto>(`/api/goals/${encodeURIComponent(id)}`, { method: "PUT", body: input })
        : apiFetch<GoalDto>("/api/goals", { method: "POST", body: input }),
    onSuccess: () => client.invalidateQueries({ queryKey: goalsKey }),
  });
}

export function useCancelGoal() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (id: string) =>
      apiFetch<GoalDto>(`/api/goals/${encodeURIComponent(id)}/cancel`, { method: "POST" }),
    onSuccess: () => client.invalidateQueries({ queryKey: goalsKey }),
  });
}
