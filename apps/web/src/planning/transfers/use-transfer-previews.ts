import { useQueries } from "@tanstack/react-query";
import { apiFetch } from "../../api/api-fetch";
import type { Grid, Scenario } from "../../api/planning-types";
import { planningKey, scenarioPath } from "../../api/use-planning";

/**
 * The grid with the first i transfers only, for i = 0 … n (computed by the server, nothing stored): transfer i's
 * effect is grid i+1 against grid i, since transfers apply in order. Keyed by revision, so a save refetches them.
 * Planners only (the preview is theirs); others get no previews and see today's annuals.
 */
export function useTransferPreviews(scenario: Scenario, enabled: boolean): (Grid | undefined)[] {
  const transfers = scenario.assumptions.transfers;
  const results = useQueries({
    queries: Array.from({ length: transfers.length + 1 }, (_, count) => ({
      queryKey: [...planningKey, "transfer-preview", scenario.id, scenario.revision, count] as const,
      enabled: enabled && transfers.length > 0,
      staleTime: Number.POSITIVE_INFINITY,
      retry: false,
      queryFn: () =>
        apiFetch<Grid>(`${scenarioPath(scenario.id)}/allocation-preview`, {
          method: "POST",
          body: { assumptions: { ...scenario.assumptions, transfers: transfers.slice(0, count) } },
        }),
    })),
  });
  return results.map((r) => r.data);
}
