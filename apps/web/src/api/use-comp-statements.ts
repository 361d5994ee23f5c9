import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { apiFetch, toQueryString } from "./api-fetch";
import type { Dispute, DisputeDetail, MyPay, Statement, WhatIf } from "./comp-types";

export const statementPath = (personId: string, periodKey: string) =>
  `/api/comp/statements/${personId}/${periodKey}`;

export function useStatement(personId: string | undefined, periodKey: string | undefined) {
  return useQuery({
    queryKey: ["comp", "statement", personId ?? null, periodKey ?? null],
    enabled: personId !== undefined && periodKey !== undefined,
    queryFn: () => apiFetch<Statement>(statementPath(personId ?? "", periodKey ?? "")),
    retry: false,
  });
}

export function useMyPay(periodKey: string | undefined) {
  return useQuery({
    queryKey: ["comp", "me", periodKey ?? null],
    queryFn: () => apiFetch<MyPay>(`/api/comp/me${toQueryString({ periodKey })}`),
    retry: false,
  });
}

/** "What if I close this deal?" for every open deal of the caller (or one, with `opportunityId`). */
export function useWhatIf(opportunityId?: string) {
  return useQuery({
    queryKey: ["comp", "what-if", opportunityId ?? null],
    queryFn: () => apiFetch<WhatIf>(`/api/comp/me/what-if${toQueryString({ opportunityId })}`),
    retry: false,
  });
}

const disputesKey = ["comp", "disputes"] as const;

export function useDisputes() {
  return useQuery({
    queryKey: disputesKey,
    queryFn: async () => (await apiFetch<{ items: Dispute[] }>("/api/comp/disputes")).items,
    retry: false,
  });
}

export function useDispute(id: string | undefined) {
  return useQuery({
    queryKey: [...disputesKey, id ?? null],
    enabled: id !== undefined,
    queryFn: () => apiFetch<DisputeDetail>(`/api/comp/disputes/${id}`),
    retry: false,
  });
}

export function useOpenDispute() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (body: { resultLineId: string; subject: string; message: string }) =>
      apiFetch<DisputeDetail>("/api/comp/disputes", { method: "POST", body }),
    onSuccess: () => client.invalidateQueries({ queryKey: disputesKey }),
  });
}

export function useDisputeMessage(id: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (body: string) =>
      apiFetch<DisputeDetail>(`/api/comp/disputes/${id}/messages`, { method: "POST", body: { body } }),
    onSuccess: () => client.invalidateQueries({ queryKey: disputesKey }),
  });
}

export type DisputeResolution = {
  resolution: "resolved" | "rejected";
  message: string;
  adjustment?: { amount: string; reason: string };
};

export function useResolveDispute(id: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (body: DisputeResolution) =>
      apiFetch<DisputeDetail>(`/api/comp/disputes/${id}/resolve`, { method: "POST", body }),
    onSuccess: () => client.invalidateQueries({ queryKey: ["comp"] }),
  });
}
