import { managersAsOf, type ReportingLine } from "../org/reporting-line";

/**
 * `chainOfCommand` for many lookups. Reporting lines only change on their `validFrom` / `validTo` dates, so every
 * date between two consecutive such dates has the same managers: the managers map of each of those spans is built
 * once (org's `managersAsOf`, so the same manager wins on invalid data) and each person's chain is walked once per
 * span. A crediting run of a million transactions on a stable org then walks each person's chain once.
 */
export function createChainLookup(
  lines: readonly ReportingLine[],
): (personId: string, date: string) => readonly string[] {
  const changes = [
    ...new Set(lines.flatMap((l) => (l.validTo === null ? [l.validFrom] : [l.validFrom, l.validTo]))),
  ].sort();
  // span index → managers of that span, and the chains already walked in it.
  const spans = new Map<number, { managers: Map<string, string>; chains: Map<string, readonly string[]> }>();
  return (personId, date) => {
    const index = spanOf(changes, date);
    let span = spans.get(index);
    if (!span) {
      span = { managers: managersAsOf(lines, date), chains: new Map() };
      spans.set(index, span);
    }
    const known = span.chains.get(personId);
    if (known) return known;
    // Stops before anyone repeats, as chainOfCommand does, so a cycle cannot loop.
    const chain: string[] = [];
    const seen = new Set([personId]);
    for (let m = span.managers.get(personId); m !== undefined && !seen.has(m); m = span.managers.get(m)) {
      chain.push(m);
      seen.add(m);
    }
    Object.freeze(chain);
    span.chains.set(personId, chain);
    return chain;
  };
}

// How many change dates are on or before `date` (dates are YYYY-MM-DD, so text order is date order).
function spanOf(changes: readonly string[], date: string): number {
  let lo = 0;
  let hi = changes.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((changes[mid] as string) <= date) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
