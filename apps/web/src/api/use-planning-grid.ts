import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { apiFetch } from "./api-fetch";
import type { Grid, GridChange, Submission, SubmissionAction } from "./planning-types";
import { planningKey, scenarioPath } from "./use-planning";

export const gridKey = (scenarioId: string) => [...planningKey, "grid", scenarioId] as const;

export function useGrid(scenarioId: string) {
  return useQuery({
    queryKey: gridKey(scenarioId),
    queryFn: () => apiFetch<Grid>(`${scenarioPath(scenarioId)}/grid`),
    retry: false,
  });
}

/**
 * Sends changes against a revision. The answer is the new grid: it replaces the cached one at once (so the next edit
 * carries the new revision), then everything else planning shows is refetched.
 */
export function usePatchGrid(scenarioId: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (body: { baseRevision: number; changes: GridChange[] }) =>
      apiFetch<Grid>(`${scenarioPath(scenarioId)}/grid`, { method: "PATCH", body }),
    onSuccess: (grid) => {
      client.setQueryData(gridKey(scenarioId), grid);
      void client.invalidateQueries({
        queryKey: planningKey,
        predicate: (query) => query.queryKey[1] !== "grid",
      });
    },
  });
}

export function useSubmissionAction(scenarioId: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: ({ nodeId, action, note }: { nodeId: string; action: SubmissionAction; note?: string }) =>
      apiFetch<Submission>(
        `${scenarioPath(scenarioId)}/submissions/${encodeURIComponent(nodeId)}/${action}`,
        { method: "POST", body: note ? { note } : {} },
      ),
    onSuccess: () => client.invalidateQueries({ queryKey: planningKey }),
  });
}
