import { keepPreviousData, useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { ApiProblem, apiFetch, toQueryString } from "./api-fetch";
import type {
  FeedbackDto,
  FeedbackImportReport,
  FeedbackInput,
  FeedbackPage,
  FeedbackQuery,
} from "./performance-types";

export const feedbackKey = ["feedback"] as const;

export function useFeedback(query: FeedbackQuery) {
  const search = toQueryString({
    kind: query.kind,
    status: query.status,
    from: query.from,
    to: query.to,
    page: query.page ? String(query.page) : undefined,
  });
  return useQuery({
    queryKey: [...feedbackKey, "list", search],
    queryFn: () => apiFetch<FeedbackPage>(`/api/feedback${search}`),
    placeholderData: keepPreviousData,
    retry: false,
  });
}

export function useCreateFeedback() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (input: FeedbackInput) =>
      apiFetch<FeedbackDto>("/api/feedback", { method: "POST", body: input }),
    onSuccess: () => client.invalidateQueries({ queryKey: feedbackKey }),
  });
}

export function useResolveFeedback() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: ({ id, resolvedOn }: { id: string; resolvedOn: string }) =>
      apiFetch<FeedbackDto>(`/api/feedback/${encodeURIComponent(id)}`, {
        method: "PATCH",
        body: { status: "resolved", resolvedOn },
      }),
    onSuccess: () => client.invalidateQueries({ queryKey: feedbackKey }),
  });
}

/** Uploads a CSV/XLSX of customer feedback and complaints; a dry run validates without writing. */
export function useImportFeedback() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: async ({ file, dryRun }: { file: File; dryRun: boolean }) => {
      const form = new FormData();
      form.set("file", file);
      const response = await fetch(`/api/feedback/import${dryRun ? "?dryRun=true" : ""}`, {
        method: "POST",
        credentials: "same-origin",
        body: form,
      });
      const body = (await response.json().catch(() => ({}))) as Partial<FeedbackImportReport> & {
        title?: string;
        detail?: string;
        report?: FeedbackImportReport;
      };
      if (response.ok) return { report: body as FeedbackImportReport, dryRun };
      // A file with invalid rows answers 422 with the report as a problem extension: show its rows.
      if (body.report) return { report: body.report, dryRun };
      throw new ApiProblem(response.status, body.title ?? response.statusText, body.detail);
    },
    onSuccess: (result) => {
      if (!result.dryRun) void client.invalidateQueries({ queryKey: feedbackKey });
    },
  });
}

/** A lead or account to attach feedback to, from the record lists (scoped to the caller like every figure). */
export type RecordOption = { id: string; label: string };

type LeadRow = {
  id: string;
  externalId: string;
  companyName: string | null;
  status: string;
  createdOn: string;
};
type AccountRow = { id: string; name: string };

export function useLeadOptions(search: string, enabled: boolean) {
  return useQuery({
    queryKey: ["leads", "options", search],
    enabled,
    queryFn: async (): Promise<RecordOption[]> =>
      (
        await apiFetch<{ items: LeadRow[] }>(
          `/api/leads${toQueryString({ search: search.trim() || undefined, limit: "100" })}`,
        )
      ).items.map((lead) => ({
        id: lead.id,
        label: `${lead.companyName ?? lead.externalId} · ${lead.externalId} · ${lead.createdOn}`,
      })),
    placeholderData: keepPreviousData,
    retry: false,
  });
}

export function useAccountOptions(search: string, enabled: boolean) {
  return useQuery({
    queryKey: ["accounts", "options", search],
    enabled,
    queryFn: async (): Promise<RecordOption[]> =>
      (
        await apiFetch<{ items: AccountRow[] }>(
          `/api/accounts${toQueryString({ search: search.trim() || undefined, limit: "100" })}`,
        )
      ).items.map((account) => ({ id: account.id, label: account.name })),
    placeholderData: keepPreviousData,
    retry: false,
  });
}
