import type { RevenueRep } from "../api/types";
import { compareDecimalStrings } from "../format/decimal-string";

export type RepSortKey = "name" | "bookings" | "target" | "attainment" | "lines";
export type SortDirection = "asc" | "desc";
export type RepSort = { key: RepSortKey; direction: SortDirection };

function compareBy(key: RepSortKey, a: RevenueRep, b: RevenueRep, locale: string): number {
  switch (key) {
    case "name":
      return a.name.localeCompare(b.name, locale);
    case "lines":
      return a.lines - b.lines;
    case "attainment":
      // No target (null) sorts below every ratio.
      if (a.attainment === null || b.attainment === null) {
        return a.attainment === b.attainment ? 0 : a.attainment === null ? -1 : 1;
      }
      return compareDecimalStrings(a.attainment, b.attainment);
    default:
      return compareDecimalStrings(a[key], b[key]);
  }
}

/** Sorts reps exactly (decimal strings compared without floats); ties keep name order. */
export function sortReps(reps: readonly RevenueRep[], sort: RepSort, locale: string): RevenueRep[] {
  const sign = sort.direction === "asc" ? 1 : -1;
  return [...reps].sort(
    (a, b) => sign * compareBy(sort.key, a, b, locale) || a.name.localeCompare(b.name, locale),
  );
}

/** Clicking the active column flips it; a new column starts with names A→Z and figures largest first. */
export function nextRepSort(current: RepSort, key: RepSortKey): RepSort {
  if (current.key === key) return { key, direction: current.direction === "asc" ? "desc" : "asc" };
  return { key, direction: key === "name" ? "asc" : "desc" };
}
