import { keepPreviousData, useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { ApiProblem, apiFetch, toQueryString } from "./api-fetch";
import type {
  NewSegmentation,
  PageQuery,
  PotentialAccountsPage,
  PotentialFitRequest,
  PotentialModelSummary,
  SegmentAccountsPage,
  SegmentationPreview,
  SegmentationPreviewRequest,
  SegmentationRun,
  SegmentationSummary,
} from "./segmentation-types";

export const segmentationKey = ["segmentation"] as const;
const runPath = (id: string) => `/api/segmentation/segmentations/${encodeURIComponent(id)}`;
const pageParams = (page: PageQuery) => ({
  q: page.q?.trim() || undefined,
  limit: String(page.limit),
  offset: page.offset > 0 ? String(page.offset) : undefined,
});

/** The latest run of each name (no `name`), or every run of one name, newest first. */
export function useSegmentations(name?: string) {
  return useQuery({
    queryKey: [...segmentationKey, "list", name ?? null],
    queryFn: async () =>
      (
        await apiFetch<{ segmentations: SegmentationSummary[] }>(
          `/api/segmentation/segmentations${toQueryString({ name })}`,
        )
      ).segmentations,
    retry: false,
  });
}

export function useSegmentationRun(id: string | undefined) {
  return useQuery({
    queryKey: [...segmentationKey, "run", id ?? null],
    enabled: id !== undefined,
    queryFn: () => apiFetch<SegmentationRun>(runPath(id ?? "")),
    retry: false,
  });
}

export function useSegmentAccounts(id: string, segment: string | undefined, page: PageQuery) {
  return useQuery({
    queryKey: [...segmentationKey, "accounts", id, segment ?? null, page],
    queryFn: () =>
      apiFetch<SegmentAccountsPage>(
        `${runPath(id)}/accounts${toQueryString({ segment, ...pageParams(page) })}`,
      ),
    placeholderData: keepPreviousData,
    retry: false,
  });
}

/** What a configuration would give, computed and not stored. */
export function useSegmentationPreview() {
  return useMutation({
    mutationFn: (body: SegmentationPreviewRequest) =>
      apiFetch<SegmentationPreview>("/api/segmentation/preview", { method: "POST", body }),
  });
}

export function useSaveSegmentation() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (body: NewSegmentation) =>
      apiFetch<SegmentationRun>("/api/segmentation/segmentations", { method: "POST", body }),
    onSuccess: () => client.invalidateQueries({ queryKey: segmentationKey }),
  });
}

/** The potential model in force; null when none has been fitted yet (the API answers 404). */
export function usePotentialModel() {
  return useQuery({
    queryKey: [...segmentationKey, "potential"],
    queryFn: async () => {
      try {
        return await apiFetch<PotentialModelSummary>("/api/segmentation/potential");
      } catch (error) {
        if (error instanceof ApiProblem && error.status === 404) return null;
        throw error;
      }
    },
    retry: false,
  });
}

export function usePotentialAccounts(page: PageQuery) {
  return useQuery({
    queryKey: [...segmentationKey, "potential-accounts", page],
    queryFn: () =>
      apiFetch<PotentialAccountsPage>(
        `/api/segmentation/potential/accounts${toQueryString(pageParams(page))}`,
      ),
    placeholderData: keepPreviousData,
    retry: false,
  });
}

/** Fits a new potential model; it is in force at once, so every segmentation figure may move. */
export function useFitPotential() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (body: PotentialFitRequest) =>
      apiFetch<PotentialModelSummary>("/api/segmentation/potential", { method: "POST", body }),
    onSuccess: () => client.invalidateQueries({ queryKey: segmentationKey }),
  });
}
