import { keepPreviousData, useInfiniteQuery, useQuery } from "@tanstack/react-query";
import { apiFetch, toQueryString } from "./api-fetch";
import type { BookingLinesPage, RevenueParams, RevenueVsTarget } from "./types";

export function useRevenueVsTarget(params: RevenueParams, enabled = true) {
  return useQuery({
    queryKey: ["revenue-vs-target", params.from, params.to, params.personId ?? null],
    queryFn: () =>
      apiFetch<RevenueVsTarget>(
        `/api/revenue-vs-target${toQueryString({ from: params.from, to: params.to, personId: params.personId })}`,
      ),
    placeholderData: keepPreviousData,
    enabled,
    retry: false,
  });
}

/** `personId` as in the report (a person and their tree); `ownerId` for one person's own lines (a rep's row). */
export type LinesFilter = RevenueParams & { month?: string; ownerId?: string };

export const linesPageSize = 50;

/** The order lines behind a figure, page by page ("load more"). */
export function useRevenueLines(filter: LinesFilter | null) {
  return useInfiniteQuery({
    queryKey: [
      "revenue-lines",
      filter?.from,
      filter?.to,
      filter?.personId ?? null,
      filter?.ownerId ?? null,
      filter?.month ?? null,
    ],
    enabled: filter !== null,
    initialPageParam: undefined as string | undefined,
    queryFn: ({ pageParam }) =>
      apiFetch<BookingLinesPage>(
        `/api/revenue-vs-target/lines${toQueryString({
          from: filter?.from,
          to: filter?.to,
          month: filter?.month,
          personId: filter?.personId,
          ownerId: filter?.ownerId,
          cursor: pageParam,
          limit: String(linesPageSize),
        })}`,
      ),
    getNextPageParam: (last) => last.nextCursor ?? undefined,
    retry: false,
  });
}
