import { managersAsOf, type ReportingLine } from "./reporting-line";

/** The person's manager on `asOf`, or null (top of the tree, not yet hired, or gone). */
export function managerOf(lines: readonly ReportingLine[], personId: string, asOf: string): string | null {
  return managersAsOf(lines, asOf).get(personId) ?? null;
}

/** Manager, manager's manager, … up to the top on `asOf`; stops before anyone repeats, so a cycle cannot loop. */
export function chainOfCommand(lines: readonly ReportingLine[], personId: string, asOf: string): string[] {
  const managers = managersAsOf(lines, asOf);
  const chain: string[] = [];
  const seen = new Set([personId]);
  for (let m = managers.get(personId); m !== undefined && !seen.has(m); m = managers.get(m)) {
    chain.push(m);
    seen.add(m);
  }
  return chain;
}
