import { useNavigate, useSearch } from "@tanstack/react-router";
import { useCallback } from "react";
import { readSearchString, withSearch } from "./search-params";

/** Page state kept in the URL's query string (so a view can be linked); changes replace the history entry. */
export function useSearchState() {
  const search = useSearch({ strict: false }) as Record<string, unknown>;
  const navigate = useNavigate();
  const get = useCallback((key: string) => readSearchString(search, key), [search]);
  const set = useCallback(
    (changes: Record<string, string | undefined>, options: { push?: boolean } = {}) =>
      void navigate({ to: ".", search: withSearch(search, changes), replace: !options.push }),
    [navigate, search],
  );
  return { get, set };
}
