import type { AccuracyLine, AccuracySource } from "../../api/forecast-types";

export type AccuracyFilter = {
  periodId: string | undefined;
  source: "all" | AccuracySource;
  category: "all" | string;
  /** Part of a name, any case and accents ("eloise" finds "Éloïse"). */
  query: string;
};

const fold = (text: string) =>
  text
    .normalize("NFD")
    .replace(/\p{Diacritic}/gu, "")
    .toLowerCase();

/** The lines of the chosen closed period that match the source, category and name typed. */
export function filterAccuracyLines(lines: readonly AccuracyLine[], filter: AccuracyFilter): AccuracyLine[] {
  const query = fold(filter.query.trim());
  return lines.filter(
    (l) =>
      (filter.source === "all" || l.source === filter.source) &&
      (filter.category === "all" || l.category === filter.category) &&
      (query === "" || fold(l.name).includes(query)) &&
      l.points.some((p) => p.periodId === filter.periodId),
  );
}

/** The categories present, in the order people read them. */
export function accuracyCategories(lines: readonly AccuracyLine[]): string[] {
  const order = ["commit", "best_case", "expected"];
  const rank = (category: string) => (order.includes(category) ? order.indexOf(category) : order.length);
  const present = [...new Set(lines.map((l) => l.category))];
  return present.sort((a, b) => rank(a) - rank(b) || a.localeCompare(b));
}
