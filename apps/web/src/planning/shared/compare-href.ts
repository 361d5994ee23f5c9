import { toQueryString } from "../../api/api-fetch";

/** The compare page for two scenarios (either may be left to its default). */
export function compareHref(ids: { base?: string; other?: string }): string {
  return `/planning/compare${toQueryString(ids)}`;
}
