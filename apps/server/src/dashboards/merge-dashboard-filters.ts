import type { DashboardFilters } from "@attain/db";

/**
 * The filters a dashboard is read with: the request's over the dashboard's saved ones. A request that names a period
 * (`period`, or `from`/`to`) replaces the saved period entirely, so `period` and months never mix.
 */
export function mergeDashboardFilters(saved: DashboardFilters, request: DashboardFilters): DashboardFilters {
  const requestHasPeriod =
    request.period !== undefined || request.from !== undefined || request.to !== undefined;
  const { period, from, to, ...savedRest } = saved;
  const merged: DashboardFilters = { ...savedRest, ...(requestHasPeriod ? {} : { period, from, to }) };
  for (const [key, value] of Object.entries(request) as [keyof DashboardFilters, string | undefined][]) {
    if (value !== undefined) merged[key] = value;
  }
  for (const key of Object.keys(merged) as (keyof DashboardFilters)[]) {
    if (merged[key] === undefined) delete merged[key];
  }
  return merged;
}
