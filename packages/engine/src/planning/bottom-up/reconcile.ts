import { formatDec, scaleOf, toDec } from "../../money/decimal";
import { divideDec } from "../../money/divide-amount";
import { throwIfIssues } from "../planning-input-error";
import { checkDecimal } from "../targets/check-decimal";
import type { AllocatedNode, BottomUpNode, PlanningIssue, ReconciliationRow } from "../types";

/**
 * Top-down against bottom-up, node by node: gap = top-down − bottom-up (positive: the plan asks more than the
 * people or the territory can deliver), and its ratio to the top-down figure, 4 places half even (null for a
 * top-down of 0). A node without a bottom-up figure counts as 0.
 */
export function reconcile(
  nodes: AllocatedNode[],
  bottomUp: Record<string, BottomUpNode>,
): ReconciliationRow[] {
  const issues: PlanningIssue[] = [];
  nodes.forEach((node, i) => {
    const issue = checkDecimal(node.annual, `The annual of ${node.id}`, `nodes[${i}].annual`, node.id);
    if (issue) issues.push(issue);
    const figures = bottomUp[node.id];
    for (const key of ["capacity", "potential"] as const) {
      const figure = checkDecimal(
        figures?.[key] ?? "0",
        `The bottom-up ${key} of ${node.id}`,
        `bottomUp.${node.id}.${key}`,
        node.id,
      );
      if (figure) issues.push(figure);
    }
  });
  throwIfIssues(issues);
  return nodes.map((node) => {
    const capacity = bottomUp[node.id]?.capacity ?? "0";
    const potential = bottomUp[node.id]?.potential ?? "0";
    const capacityGap = gap(node.annual, capacity);
    const potentialGap = gap(node.annual, potential);
    return {
      id: node.id,
      topDown: node.annual,
      capacity,
      potential,
      capacityGap,
      capacityGapRatio: ratio(capacityGap, node.annual),
      potentialGap,
      potentialGapRatio: ratio(potentialGap, node.annual),
    };
  });
}

function gap(topDown: string, bottomUp: string): string {
  return formatDec(toDec(topDown).minus(toDec(bottomUp)), Math.max(scaleOf(topDown), scaleOf(bottomUp)));
}

function ratio(gapText: string, topDown: string): string | null {
  const base = toDec(topDown);
  return base.isZero() ? null : divideDec(toDec(gapText), base, 4, "half_even");
}
