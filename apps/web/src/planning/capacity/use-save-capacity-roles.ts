import { useMutation, useQueryClient } from "@tanstack/react-query";
import { apiFetch } from "../../api/api-fetch";
import type { CapacityRoleAssumption, Scenario } from "../../api/planning-types";
import { planningKey, scenarioPath } from "../../api/use-planning";

export type SavedCapacityRoles = { scenario: Scenario; reallocated: boolean };

/** PUT …/capacity-roles; every planning query is refetched after, since quotas move when the allocation re-runs. */
export function useSaveCapacityRoles(scenarioId: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (body: { baseRevision: number; roles: CapacityRoleAssumption[] }) =>
      apiFetch<SavedCapacityRoles>(`${scenarioPath(scenarioId)}/capacity-roles`, { method: "PUT", body }),
    onSuccess: () => client.invalidateQueries({ queryKey: planningKey }),
  });
}
