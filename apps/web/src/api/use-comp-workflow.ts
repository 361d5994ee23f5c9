import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { apiFetch, toQueryString } from "./api-fetch";
import type { Adjustment, CompPeriod, CompPeriodDetail, NewAdjustment } from "./comp-types";

const periodsKey = ["comp", "periods"] as const;

export function usePeriods() {
  return useQuery({
    queryKey: periodsKey,
    queryFn: async () => (await apiFetch<{ items: CompPeriod[] }>("/api/comp/periods")).items,
    retry: false,
  });
}

export function usePeriod(periodKey: string | undefined) {
  return useQuery({
    queryKey: [...periodsKey, periodKey ?? null],
    enabled: periodKey !== undefined,
    queryFn: () => apiFetch<CompPeriodDetail>(`/api/comp/periods/${periodKey}`),
    retry: false,
  });
}

export type PeriodAction =
  | { action: "submit" }
  | { action: "approve"; step: "manager" | "finance"; note?: string }
  | { action: "reject"; note: string }
  | { action: "publish" }
  | { action: "mark-paid" };

/** Moves a period along its workflow; every comp query is refreshed afterwards (statements change with it). */
export function usePeriodAction(periodKey: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (request: PeriodAction) => {
      const { action, ...body } = request;
      return apiFetch<CompPeriodDetail>(`/api/comp/periods/${periodKey}/${action}`, {
        method: "POST",
        body: Object.keys(body).length > 0 ? body : undefined,
      });
    },
    onSuccess: () => client.invalidateQueries({ queryKey: ["comp"] }),
  });
}

const adjustmentsKey = ["comp", "adjustments"] as const;

export function useAdjustments(periodKey: string | undefined) {
  return useQuery({
    queryKey: [...adjustmentsKey, periodKey ?? null],
    enabled: periodKey !== undefined,
    queryFn: async () =>
      (await apiFetch<{ items: Adjustment[] }>(`/api/comp/adjustments${toQueryString({ periodKey })}`)).items,
    retry: false,
  });
}

export function useCreateAdjustment() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (body: NewAdjustment) =>
      apiFetch<Adjustment>("/api/comp/adjustments", { method: "POST", body }),
    onSuccess: () => client.invalidateQueries({ queryKey: ["comp"] }),
  });
}
