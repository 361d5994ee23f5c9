import { managersAsOf, type ReportingLine } from "../org/reporting-line";

/**
 * `chainOfCommand` for many lookups: the managers map of each date is built once (org's `managersAsOf`, so the
 * same manager wins on invalid data) and each (person, date) chain is walked once. A crediting run of a million
 * transactions then costs one pass over the lines per distinct date, not per transaction.
 */
export function createChainLookup(
  lines: readonly ReportingLine[],
): (personId: string, date: string) => string[] {
  // date → managers of that day, and the chains already walked on it.
  const byDate = new Map<string, { managers: Map<string, string>; chains: Map<string, string[]> }>();
  return (personId, date) => {
    let day = byDate.get(date);
    if (!day) {
      day = { managers: managersAsOf(lines, date), chains: new Map() };
      byDate.set(date, day);
    }
    const known = day.chains.get(personId);
    if (known) return known;
    // Stops before anyone repeats, as chainOfCommand does, so a cycle cannot loop.
    const chain: string[] = [];
    const seen = new Set([personId]);
    for (let m = day.managers.get(personId); m !== undefined && !seen.has(m); m = day.managers.get(m)) {
      chain.push(m);
      seen.add(m);
    }
    day.chains.set(personId, chain);
    return chain;
  };
}
