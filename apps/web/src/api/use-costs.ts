import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { apiFetch, toQueryString } from "./api-fetch";
import type { CostRow } from "./performance-types";

export const costsKey = ["costs"] as const;

/** Monthly sales and marketing costs (CAC inputs) from `from` to `to` (months). */
export function useCosts(from: string, to: string) {
  return useQuery({
    queryKey: [...costsKey, from, to],
    queryFn: async () =>
      (await apiFetch<{ rows: CostRow[] }>(`/api/costs${toQueryString({ from, to })}`)).rows,
    retry: false,
  });
}

export function useSaveCosts() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (rows: CostRow[]) => apiFetch<unknown>("/api/costs", { method: "PUT", body: { rows } }),
    onSuccess: () => {
      void client.invalidateQueries({ queryKey: costsKey });
      void client.invalidateQueries({ queryKey: ["kpis"] });
    },
  });
}
