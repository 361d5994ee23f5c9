import type { DashboardDimension } from "../../api/kpi-types";
import { useKpiBreakdown } from "../../api/use-kpis";

/**
 * The values a filter offers, read from the KPI API itself: the period's bookings broken down by the dimension,
 * within the caller's scope (the API has no list of teams, regions or segments of its own). A value without any
 * bookings in the period is not offered; one chosen through a link still shows.
 */
export function useDimensionOptions(
  by: DashboardDimension,
  period: { period?: string; from?: string; to?: string },
  enabled = true,
) {
  const query = useKpiBreakdown(enabled ? { key: "bookings", by, limit: 500 } : null, period);
  const rows = query.data?.rows ?? [];
  return [...rows]
    .sort((a, b) => a.label.localeCompare(b.label))
    .map((r) => ({ value: r.id, label: r.label }));
}
