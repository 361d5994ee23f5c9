import { toDec } from "../../money/decimal";
import { checkDecimal } from "../targets/check-decimal";
import type { AllocationInput, PlanningIssue, PlanningNodeKind } from "../types";

type OverAssignment = AllocationInput["overAssignment"];
type ChildKind = Exclude<PlanningNodeKind, "company">;

const CLOSEST_TO_LEAVES: ChildKind[] = ["person", "team", "region"];

/**
 * The over-assignment factor the children of a node carry, by their kind (default 1). Children of mixed kinds (a
 * manager with direct reps and sub-teams) take the factor of the kind closest to the reps, since they carry it.
 */
export function childrenFactor(
  childKinds: readonly PlanningNodeKind[],
  overAssignment: OverAssignment,
): { kind: ChildKind; factor: string } {
  const kind = CLOSEST_TO_LEAVES.find((k) => childKinds.includes(k)) ?? "region";
  return { kind, factor: overAssignment[kind] ?? "1" };
}

/** Each factor a decimal from 0.5 to 3 (110 % typed as 110 would multiply the plan a hundredfold). */
export function checkOverAssignment(overAssignment: OverAssignment): PlanningIssue[] {
  if (typeof overAssignment !== "object" || overAssignment === null)
    return [{ code: "invalid", message: "overAssignment must be an object", field: "overAssignment" }];
  const issues: PlanningIssue[] = [];
  for (const [kind, factor] of Object.entries(overAssignment)) {
    const field = `overAssignment.${kind}`;
    if (!CLOSEST_TO_LEAVES.some((k) => k === kind)) {
      issues.push({
        code: "invalid",
        message: `Over-assignment is by region, team or person, not ${kind}`,
        field,
      });
      continue;
    }
    const issue = checkDecimal(factor, `The ${kind} over-assignment`, field);
    if (issue) issues.push(issue);
    else if (toDec(String(factor)).lessThan("0.5") || toDec(String(factor)).greaterThan(3))
      issues.push({
        code: "invalid",
        message: `The ${kind} over-assignment must be from 0.5 to 3 (1.10 for 110 %), got ${factor}`,
        field,
      });
  }
  return issues;
}
