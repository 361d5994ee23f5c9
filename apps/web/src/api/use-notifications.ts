import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { apiFetch } from "./api-fetch";
import type { NotificationsResponse } from "./performance-types";

export const notificationsKey = ["notifications"] as const;

/** The caller's alerts, polled every minute (and refetched on live data changes by the bell). */
export function useNotifications() {
  return useQuery({
    queryKey: notificationsKey,
    queryFn: () => apiFetch<NotificationsResponse>("/api/notifications"),
    refetchInterval: 60_000,
    retry: false,
  });
}

export function useMarkNotificationRead() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (id: string) =>
      apiFetch<unknown>(`/api/notifications/${encodeURIComponent(id)}/read`, { method: "POST" }),
    onSuccess: () => client.invalidateQueries({ queryKey: notificationsKey }),
  });
}

export function useMarkAllNotificationsRead() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: () => apiFetch<unknown>("/api/notifications/read-all", { method: "POST" }),
    onSuccess: () => client.invalidateQueries({ queryKey: notificationsKey }),
  });
}
