import type { OptimisationMove } from "../../api/territory-types";

/** The "after" map of a rebalance: each moved account's new territory, and the set to highlight. */
export function movedAssignment(moves: readonly OptimisationMove[]): {
  assignment: Map<string, string>;
  moved: Set<string>;
} {
  const assignment = new Map<string, string>();
  for (const move of moves) assignment.set(move.accountId, move.toTerritoryId);
  return { assignment, moved: new Set(assignment.keys()) };
}
