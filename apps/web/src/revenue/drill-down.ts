import type { LinesFilter } from "../api/use-revenue";
import type { RevenueFilters } from "./use-revenue-filters";

/** What a drill-down opens: the whole period, one month of the scope, or one rep's own lines. */
export type DrillDown =
  | { kind: "period"; amount: string }
  | { kind: "month"; month: string; amount: string }
  | { kind: "rep"; personId: string; name: string; amount: string };

export function drillDownFilter(drill: DrillDown, filters: RevenueFilters): LinesFilter {
  const period = { from: filters.from, to: filters.to };
  switch (drill.kind) {
    case "period":
      return { ...period, personId: filters.personId };
    case "month":
      return { ...period, month: drill.month, personId: filters.personId };
    case "rep":
      // The rep's own lines, within the page's scope (a rep row's bookings are theirs alone, not their tree's).
      return { ...period, personId: filters.personId, ownerId: drill.personId };
  }
}
