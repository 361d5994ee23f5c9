import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import type { AppLocale } from "../format/locale";
import { ApiProblem, apiFetch } from "./api-fetch";
import type { Me } from "./types";

export const meKey = ["me"] as const;

/** The signed-in user, or null when there is no session (401). */
export function useMe() {
  return useQuery({
    queryKey: meKey,
    queryFn: async () => {
      try {
        return await apiFetch<Me>("/api/me");
      } catch (error) {
        if (error instanceof ApiProblem && error.status === 401) return null;
        throw error;
      }
    },
    staleTime: Number.POSITIVE_INFINITY,
  });
}

export function useSignIn() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (body: { email: string; password: string }) =>
      apiFetch<Me>("/api/auth/sign-in", { method: "POST", body }),
    onSuccess: (me) => {
      client.removeQueries({ predicate: (query) => query.queryKey[0] !== meKey[0] });
      client.setQueryData(meKey, me);
    },
  });
}

export function useSignOut() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: () => apiFetch<void>("/api/auth/sign-out", { method: "POST" }),
    onSettled: () => {
      // Nothing of the previous user may survive in the cache.
      client.clear();
      client.setQueryData(meKey, null);
    },
  });
}

export function useUpdateLocale() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (locale: AppLocale) => apiFetch<Me>("/api/me", { method: "PATCH", body: { locale } }),
    onSuccess: (me) => client.setQueryData(meKey, me),
  });
}
