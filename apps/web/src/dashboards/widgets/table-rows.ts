import type { KpiBreakdownResponse } from "../../api/kpi-types";

export type TableRow = { id: string; label: string; cells: (KpiBreakdownResponse["rows"][number] | null)[] };

/**
 * Rows × KPIs from one breakdown per KPI (same dimension): the rows of the first KPI in its order, then any row only
 * another KPI has; a KPI without that row leaves its cell empty.
 */
export function joinBreakdowns(breakdowns: readonly (KpiBreakdownResponse | undefined)[]): TableRow[] {
  const order: { id: string; label: string }[] = [];
  const seen = new Set<string>();
  for (const breakdown of breakdowns) {
    for (const row of breakdown?.rows ?? []) {
      if (seen.has(row.id)) continue;
      seen.add(row.id);
      order.push({ id: row.id, label: row.label });
    }
  }
  const indexes = breakdowns.map((b) => new Map((b?.rows ?? []).map((r) => [r.id, r])));
  return order.map(({ id, label }) => ({ id, label, cells: indexes.map((index) => index.get(id) ?? null) }));
}
