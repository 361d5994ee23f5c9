import { keepPreviousData, useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { apiFetch, toQueryString } from "./api-fetch";
import type {
  ForecastAccuracy,
  ForecastGrid,
  ForecastPeriod,
  ForecastTrend,
  GridMotion,
  RunRate,
  StatisticalForecast,
  Submission,
  SubmissionBody,
  WinModelSummary,
} from "./forecast-types";

export const forecastsKey = ["forecasts"] as const;
export const forecastPeriodPath = (id: string) => `/api/forecasts/periods/${encodeURIComponent(id)}`;

/** What a forecast view is about: the period, the node viewed (default: the caller's) and the motion. */
export type ForecastView = { periodId: string; personId?: string; motion: GridMotion };

const viewQuery = (view: ForecastView) =>
  toQueryString({ personId: view.personId, motion: view.motion === "all" ? undefined : view.motion });

// The grid takes motion=all explicitly; the other routes treat a missing motion as "all".
const viewQueryAll = (view: ForecastView | null) =>
  view ? toQueryString({ personId: view.personId, motion: view.motion }) : "";

export function useForecastPeriods() {
  return useQuery({
    queryKey: [...forecastsKey, "periods"],
    queryFn: async () => (await apiFetch<{ periods: ForecastPeriod[] }>("/api/forecasts/periods")).periods,
    retry: false,
  });
}

export function useForecastGrid(view: ForecastView | null) {
  return useQuery({
    queryKey: [...forecastsKey, "grid", view],
    queryFn: () =>
      apiFetch<ForecastGrid>(`${forecastPeriodPath(view?.periodId ?? "")}/grid${viewQueryAll(view)}`),
    enabled: view !== null,
    placeholderData: keepPreviousData,
    retry: false,
  });
}

export function useForecastHistory(periodId: string, subjectId: string | null) {
  return useQuery({
    queryKey: [...forecastsKey, "history", periodId, subjectId],
    queryFn: async () =>
      (
        await apiFetch<{ submissions: Submission[] }>(
          `${forecastPeriodPath(periodId)}/history${toQueryString({ subjectId: subjectId ?? undefined })}`,
        )
      ).submissions,
    enabled: subjectId !== null,
    retry: false,
  });
}

export function useForecastTrend(view: ForecastView) {
  return useQuery({
    queryKey: [...forecastsKey, "trend", view],
    queryFn: () => apiFetch<ForecastTrend>(`${forecastPeriodPath(view.periodId)}/trend${viewQuery(view)}`),
    placeholderData: keepPreviousData,
    retry: false,
  });
}

/** Links to the trend as a file (same filters as the chart). */
export function trendExportHref(view: ForecastView, format: "csv" | "xlsx"): string {
  return `${forecastPeriodPath(view.periodId)}/trend.${format}${viewQuery(view)}`;
}

export function useStatisticalForecast(view: ForecastView) {
  return useQuery({
    queryKey: [...forecastsKey, "statistical", view],
    queryFn: () =>
      apiFetch<StatisticalForecast>(`${forecastPeriodPath(view.periodId)}/statistical${viewQuery(view)}`),
    placeholderData: keepPreviousData,
    retry: false,
  });
}

export function useRunRate(personId: string | undefined, months = 6) {
  return useQuery({
    queryKey: [...forecastsKey, "run-rate", personId ?? null, months],
    queryFn: () =>
      apiFetch<RunRate>(`/api/forecasts/run-rate${toQueryString({ personId, months: String(months) })}`),
    placeholderData: keepPreviousData,
    retry: false,
  });
}

export function useForecastAccuracy(
  periodId: string | undefined,
  personId: string | undefined,
  motion: GridMotion,
) {
  return useQuery({
    queryKey: [...forecastsKey, "accuracy", periodId ?? null, personId ?? null, motion],
    queryFn: () =>
      apiFetch<ForecastAccuracy>(
        `/api/forecasts/accuracy${toQueryString({ periodId, personId, motion: motion === "all" ? undefined : motion })}`,
      ),
    placeholderData: keepPreviousData,
    retry: false,
  });
}

/** Every forecast figure may change after a write (roll-ups, trend, accuracy), so all are refetched. */
function useInvalidateForecasts() {
  const client = useQueryClient();
  return () => client.invalidateQueries({ queryKey: forecastsKey });
}

export function useSubmitForecast(periodId: string) {
  const invalidate = useInvalidateForecasts();
  return useMutation({
    mutationFn: (body: SubmissionBody) =>
      apiFetch<{ submissions: Submission[] }>(`${forecastPeriodPath(periodId)}/submissions`, {
        method: "POST",
        body,
      }),
    onSuccess: invalidate,
  });
}

export function useTakeSnapshot(periodId: string) {
  const invalidate = useInvalidateForecasts();
  return useMutation({
    mutationFn: () =>
      apiFetch<{ id: string; takenOn: string; kind: string }>(`${forecastPeriodPath(periodId)}/snapshots`, {
        method: "POST",
        body: {},
      }),
    onSuccess: invalidate,
  });
}

export function useTrainWinModel() {
  const invalidate = useInvalidateForecasts();
  return useMutation({
    mutationFn: (body: { cutoff?: string }) =>
      apiFetch<WinModelSummary>("/api/forecasts/models", { method: "POST", body }),
    onSuccess: invalidate,
  });
}
