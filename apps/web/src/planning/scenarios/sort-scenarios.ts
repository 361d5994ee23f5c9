import type { ScenarioSummary } from "../../api/planning-types";

const rank = (s: ScenarioSummary) => (s.planOfRecord ? 0 : s.status === "draft" ? 1 : 2);

/**
 * The list's order: the plan of record, then drafts (newest change first), then archived versions (newest version
 * first); a later fiscal year before an earlier one within each group.
 */
export function sortScenarios(scenarios: readonly ScenarioSummary[]): ScenarioSummary[] {
  return [...scenarios].sort(
    (a, b) =>
      rank(a) - rank(b) ||
      b.fiscalYear - a.fiscalYear ||
      (b.version ?? 0) - (a.version ?? 0) ||
      b.updatedAt.localeCompare(a.updatedAt) ||
      a.name.localeCompare(b.name),
  );
}
