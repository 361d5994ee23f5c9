import type { AccuracyLine } from "../../api/forecast-types";
import { compareDecimalStrings } from "../../format/decimal-string";

export type AccuracySortKey = "name" | "source" | "category" | "mape" | "bias";
export type AccuracySort = { key: AccuracySortKey; direction: "asc" | "desc" };

/** One line of the accuracy table: a person's call, their team's roll-up or the statistical forecast, per category. */
export const accuracyLineKey = (line: AccuracyLine) => `${line.personId}|${line.source}|${line.category}`;

// Bias is judged by its size: −20% is as far off as +20%.
const absolute = (value: string) => (value.startsWith("-") ? value.slice(1) : value);

function compareNullable(a: string | null, b: string | null, byMagnitude: boolean): number {
  if (a === null || b === null) return a === b ? 0 : a === null ? 1 : -1;
  return byMagnitude ? compareDecimalStrings(absolute(a), absolute(b)) : compareDecimalStrings(a, b);
}

function compareBy(key: AccuracySortKey, a: AccuracyLine, b: AccuracyLine, locale: string): number {
  switch (key) {
    case "name":
      return a.name.localeCompare(b.name, locale);
    case "source":
      return a.source.localeCompare(b.source);
    case "category":
      return a.category.localeCompare(b.category);
    case "mape":
      return compareNullable(a.mape, b.mape, false);
    case "bias":
      return compareNullable(a.bias, b.bias, true);
  }
}

/**
 * Sorts exactly (decimal strings, no floats). Lines without a figure (no actual to divide by) stay last in either
 * direction; ties keep name order.
 */
export function sortAccuracyLines(
  lines: readonly AccuracyLine[],
  sort: AccuracySort,
  locale: string,
): AccuracyLine[] {
  const sign = sort.direction === "asc" ? 1 : -1;
  const missing = (line: AccuracyLine) =>
    (sort.key === "mape" && line.mape === null) || (sort.key === "bias" && line.bias === null);
  return [...lines].sort((a, b) => {
    if (missing(a) !== missing(b)) return missing(a) ? 1 : -1;
    return sign * compareBy(sort.key, a, b, locale) || a.name.localeCompare(b.name, locale);
  });
}

export function nextAccuracySort(current: AccuracySort, key: AccuracySortKey): AccuracySort {
  if (current.key === key) return { key, direction: current.direction === "asc" ? "desc" : "asc" };
  return { key, direction: key === "mape" || key === "bias" ? "desc" : "asc" };
}
