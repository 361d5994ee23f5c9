import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { apiFetch, toQueryString } from "./api-fetch";
import type {
  DashboardDto,
  DashboardFilters,
  DashboardInput,
  DashboardsResponse,
  ReportSnapshotSummary,
} from "./kpi-types";
import { filterParams } from "./use-kpis";

export const dashboardsKey = ["dashboards"] as const;
const snapshotsKey = ["report-snapshots"] as const;

// Ids are uuids or `preset:<name>`: the colon is a valid path character, kept readable.
const dashboardPath = (id: string) => `/api/dashboards/${encodeURIComponent(id).replace(/%3A/gi, ":")}`;

export function useDashboards() {
  return useQuery({
    queryKey: dashboardsKey,
    queryFn: () => apiFetch<DashboardsResponse>("/api/dashboards"),
    retry: false,
  });
}

export function useDashboard(id: string) {
  return useQuery({
    queryKey: [...dashboardsKey, id],
    queryFn: () => apiFetch<DashboardDto>(dashboardPath(id)),
    retry: false,
  });
}

export function useCreateDashboard() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (body: DashboardInput) => apiFetch<DashboardDto>("/api/dashboards", { method: "POST", body }),
    onSuccess: (created) => {
      client.setQueryData([...dashboardsKey, created.id], created);
      void client.invalidateQueries({ queryKey: dashboardsKey, exact: true });
    },
  });
}

export function useSaveDashboard(id: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (body: Omit<DashboardInput, "preset">) =>
      apiFetch<DashboardDto>(dashboardPath(id), { method: "PUT", body }),
    onSuccess: (saved) => {
      client.setQueryData([...dashboardsKey, saved.id], saved);
      void client.invalidateQueries({ queryKey: dashboardsKey, exact: true });
    },
  });
}

export function useDeleteDashboard() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (id: string) => apiFetch<void>(dashboardPath(id), { method: "DELETE" }),
    onSuccess: (_, id) => {
      client.removeQueries({ queryKey: [...dashboardsKey, id] });
      void client.invalidateQueries({ queryKey: dashboardsKey, exact: true });
    },
  });
}

/** Links to the dashboard as a PDF or XLSX file with the filters on screen, in the reader's language. */
export function dashboardExportHref(
  id: string,
  format: "pdf" | "xlsx",
  filters: DashboardFilters,
  locale: string,
): string {
  return `${dashboardPath(id)}/export.${format}${toQueryString({ ...filterParams(filters), locale })}`;
}

export function snapshotExportHref(id: string, format: "pdf" | "xlsx", locale: string): string {
  return `/api/report-snapshots/${encodeURIComponent(id)}/export.${format}${toQueryString({ locale })}`;
}

// The list is `{ snapshots: [...] }`; a bare array is accepted too.
type SnapshotList =
  | { snapshots?: ReportSnapshotSummary[]; items?: ReportSnapshotSummary[] }
  | ReportSnapshotSummary[];

export function useReportSnapshots(dashboardId: string, enabled: boolean) {
  return useQuery({
    queryKey: [...snapshotsKey, dashboardId],
    enabled,
    queryFn: async () => {
      const list = await apiFetch<SnapshotList>(`/api/report-snapshots${toQueryString({ dashboardId })}`);
      const items = Array.isArray(list) ? list : (list.snapshots ?? list.items ?? []);
      return [...items].sort((a, b) => b.takenAt.localeCompare(a.takenAt));
    },
    retry: false,
  });
}

export function useSaveSnapshot(dashboardId: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (body: { name?: string; filters: DashboardFilters }) =>
      apiFetch<ReportSnapshotSummary>("/api/report-snapshots", {
        method: "POST",
        body: { dashboardId, ...body },
      }),
    onSuccess: () => void client.invalidateQueries({ queryKey: [...snapshotsKey, dashboardId] }),
  });
}
