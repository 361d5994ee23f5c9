import { useQuery } from "@tanstack/react-query";
import { apiFetch, toQueryString } from "./api-fetch";

/** A person of the workspace directory (`/api/people`), as far as the compensation pages need one. */
export type Person = {
  id: string;
  externalId: string;
  fullName: string;
  jobRole: string;
  leaveDate: string | null;
};

const pageSize = 500;

/** The whole directory (every role may read it), page by page, sorted by name. */
export function usePeople(enabled = true) {
  return useQuery({
    queryKey: ["people"],
    enabled,
    staleTime: 5 * 60_000,
    queryFn: async () => {
      const people: Person[] = [];
      let cursor: string | undefined;
      do {
        const page = await apiFetch<{ items: Person[]; nextCursor: string | null }>(
          `/api/people${toQueryString({ cursor, limit: String(pageSize) })}`,
        );
        people.push(...page.items);
        cursor = page.nextCursor ?? undefined;
      } while (cursor);
      return people.sort((a, b) => a.fullName.localeCompare(b.fullName));
    },
    retry: false,
  });
}
