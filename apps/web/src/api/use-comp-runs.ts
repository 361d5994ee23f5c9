import { keepPreviousData, useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { apiFetch, toQueryString } from "./api-fetch";
import type { CompRun, ResultLine, ResultsPage, RunSummary, StartedRun } from "./comp-types";

const runsKey = ["comp", "runs"] as const;

export function useRuns(periodKey: string | undefined) {
  return useQuery({
    queryKey: [...runsKey, periodKey ?? null],
    queryFn: async () =>
      (await apiFetch<{ items: RunSummary[] }>(`/api/comp/runs${toQueryString({ periodKey })}`)).items,
    enabled: periodKey !== undefined,
    retry: false,
  });
}

const finished = (run: CompRun | undefined) => run?.status === "succeeded" || run?.status === "failed";

/** One run, polled every `pollMs` until it has finished. */
export function useRun(runId: string | undefined, pollMs = 800) {
  return useQuery({
    queryKey: [...runsKey, "one", runId ?? null],
    queryFn: () => apiFetch<CompRun>(`/api/comp/runs/${runId}`),
    enabled: runId !== undefined,
    refetchInterval: (query) => (finished(query.state.data) ? false : pollMs),
    retry: false,
  });
}

export function useStartRun() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (body: { periodKey: string; personIds?: string[] }) =>
      apiFetch<StartedRun>("/api/comp/runs", { method: "POST", body }),
    onSuccess: () => client.invalidateQueries({ queryKey: runsKey }),
  });
}

export const resultsPageSize = 200;

/** Every result of a finished run (the grid is small enough to hold a run's payees). */
export function useRunResults(runId: string | undefined, enabled: boolean) {
  return useQuery({
    queryKey: [...runsKey, "results", runId ?? null],
    enabled: runId !== undefined && enabled,
    placeholderData: keepPreviousData,
    queryFn: async () => {
      const items: ResultsPage["items"] = [];
      let cursor: string | undefined;
      do {
        const page = await apiFetch<ResultsPage>(
          `/api/comp/runs/${runId}/results${toQueryString({ cursor, limit: String(resultsPageSize) })}`,
        );
        items.push(...page.items);
        cursor = page.nextCursor ?? undefined;
      } while (cursor);
      return items;
    },
    retry: false,
  });
}

export function useResultLines(resultId: string | undefined) {
  return useQuery({
    queryKey: ["comp", "result-lines", resultId ?? null],
    enabled: resultId !== undefined,
    queryFn: () => apiFetch<{ items: ResultLine[] }>(`/api/comp/results/${resultId}/lines`),
    retry: false,
  });
}
