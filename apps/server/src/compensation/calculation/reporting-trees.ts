import { isLineActive, type ReportingLine } from "@attain/engine";

export type ReportingTrees = {
  /** Everyone under `managerId` on the day, as the engine's reportingTreeAsOf orders them (breadth first, by id). */
  treeOf(managerId: string): string[];
  /** Whether `personId` has anyone reporting to them on the day. */
  managesAnyone(personId: string): boolean;
};

/**
 * The reporting trees of one day, built once: the engine's reportingTreeAsOf re-derives every manager from all lines
 * on each call, which made a run's input loading quadratic in the number of payees. Same rules: a self-managing
 * line is ignored; two lines for a person on one day → the one that started last, then the smaller manager id.
 */
export function reportingTreesAsOf(lines: readonly ReportingLine[], asOf: string): ReportingTrees {
  const chosen = new Map<string, ReportingLine>();
  for (const line of lines) {
    if (line.personId === line.managerId || !isLineActive(line, asOf)) continue;
    const current = chosen.get(line.personId);
    if (
      !current ||
      line.validFrom > current.validFrom ||
      (line.validFrom === current.validFrom && line.managerId < current.managerId)
    )
      chosen.set(line.personId, line);
  }
  const reports = new Map<string, string[]>();
  for (const [personId, line] of chosen) {
    const list = reports.get(line.managerId);
    if (list) list.push(personId);
    else reports.set(line.managerId, [personId]);
  }
  for (const list of reports.values()) list.sort();
  const trees = new Map<string, string[]>();
  return {
    treeOf(managerId) {
      const known = trees.get(managerId);
      if (known) return known;
      const tree: string[] = [];
      const seen = new Set([managerId]);
      const queue = [managerId];
      for (let i = 0; i < queue.length; i++) {
        for (const report of reports.get(queue[i]!) ?? []) {
          if (seen.has(report)) continue;
          seen.add(report);
          tree.push(report);
          queue.push(report);
        }
      }
      trees.set(managerId, tree);
      return tree;
    },
    managesAnyone: (personId) => reports.has(personId),
  };
}
