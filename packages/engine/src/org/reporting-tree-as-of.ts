import { managersAsOf, type ReportingLine } from "./reporting-line";

function reportsByManager(managers: Map<string, string>): Map<string, string[]> {
  const reports = new Map<string, string[]>();
  for (const [personId, managerId] of managers) {
    const list = reports.get(managerId);
    if (list) list.push(personId);
    else reports.set(managerId, [personId]);
  }
  for (const list of reports.values()) list.sort();
  return reports;
}

/** The people who report directly to `managerId` on `asOf`, by id. */
export function directReportsAsOf(
  lines: readonly ReportingLine[],
  managerId: string,
  asOf: string,
): string[] {
  return reportsByManager(managersAsOf(lines, asOf)).get(managerId) ?? [];
}

/**
 * Everyone under `managerId` on `asOf`, direct and indirect, excluding the manager: breadth first, each level's
 * siblings by id. Each person appears once even if the data holds a cycle.
 */
export function reportingTreeAsOf(
  lines: readonly ReportingLine[],
  managerId: string,
  asOf: string,
): string[] {
  const reports = reportsByManager(managersAsOf(lines, asOf));
  const tree: string[] = [];
  const seen = new Set([managerId]);
  const queue = [managerId];
  for (let i = 0; i < queue.length; i++) {
    for (const report of reports.get(queue[i] ?? "") ?? []) {
      if (seen.has(report)) continue;
      seen.add(report);
      tree.push(report);
      queue.push(report);
    }
  }
  return tree;
}
