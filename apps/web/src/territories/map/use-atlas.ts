import { useQuery } from "@tanstack/react-query";
import { loadAtlas } from "./load-atlas";

/** The world and US atlases, loaded once per session. */
export function useAtlas() {
  return useQuery({ queryKey: ["atlas"], queryFn: loadAtlas, staleTime: Number.POSITIVE_INFINITY, retry: 1 });
}
