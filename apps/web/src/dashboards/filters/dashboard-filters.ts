import type { DashboardFilters } from "../../api/kpi-types";

/** The filters a dashboard keeps in its URL (`?period=2026-Q3&teamId=…`), in a fixed order. */
export const filterKeys = [
  "period",
  "from",
  "to",
  "personId",
  "teamId",
  "regionId",
  "segment",
  "productId",
] as const satisfies readonly (keyof DashboardFilters)[];

const periodPattern = /^\d{4}(-Q[1-4]|-(0[1-9]|1[0-2]))?$/;
const monthPattern = /^\d{4}-(0[1-9]|1[0-2])$/;

/**
 * Reads the filters from search parameters, dropping what the API would refuse (a malformed period or month, an
 * over-long value), so a hand-edited link shows the dashboard rather than an error. `from`/`to` only as a pair.
 */
export function readDashboardFilters(get: (key: string) => string | undefined): DashboardFilters {
  const filters: DashboardFilters = {};
  const period = get("period");
  if (period && periodPattern.test(period)) filters.period = period;
  const from = get("from");
  const to = get("to");
  if (!filters.period && from && to && monthPattern.test(from) && monthPattern.test(to) && from <= to) {
    filters.from = from;
    filters.to = to;
  }
  for (const key of ["personId", "teamId", "regionId", "segment", "productId"] as const) {
    const value = get(key);
    if (value && value.length <= 200) filters[key] = value;
  }
  return filters;
}

/** Search-parameter changes that make the URL show exactly `filters` (absent keys removed). */
export function filtersToSearch(filters: DashboardFilters): Record<string, string | undefined> {
  return Object.fromEntries(filterKeys.map((key) => [key, filters[key]]));
}

/** True when a filter other than the period is set (the "clear filters" button shows then). */
export function hasNarrowingFilter(filters: DashboardFilters): boolean {
  return Boolean(
    filters.personId || filters.teamId || filters.regionId || filters.segment || filters.productId,
  );
}
