import { isAmount } from "../targets/check-decimal";
import { significantPlaces } from "../targets/scaled-units";
import type { AllocatedNode, PlanningIssue } from "../types";
import { checkPlanningTree } from "./check-planning-tree";

/**
 * The hierarchy of an allocation handed back for an edit is checked like any other (cycle, two parents …), and each
 * of `ids` (the nodes the edit touches) must have an annual and 12 months that are amounts ≥ 0 within `places`.
 */
export function checkAllocatedNodes(
  nodes: readonly AllocatedNode[],
  ids: Iterable<string>,
  places: number,
): PlanningIssue[] {
  if (!Array.isArray(nodes))
    return [{ code: "invalid", message: "nodes must be the list of allocated nodes", field: "nodes" }];
  const issues = checkPlanningTree([...nodes]);
  if (issues.length > 0) return issues;
  const byId = new Map(nodes.map((node, i) => [node.id, { node, i }]));
  for (const id of ids) {
    const found = byId.get(id);
    if (!found) continue;
    const { node, i } = found;
    const amounts = [node.annual, ...(Array.isArray(node.months) ? node.months : [])];
    if (
      !Array.isArray(node.months) ||
      node.months.length !== 12 ||
      amounts.some((a) => !isAmount(a) || significantPlaces(a) > places)
    )
      issues.push({
        code: "invalid",
        message: `${id} (${node.name}) needs an annual and 12 months that are amounts ≥ 0 with at most ${places} decimal places`,
        nodeId: id,
        field: `nodes[${i}]`,
      });
  }
  return issues;
}
