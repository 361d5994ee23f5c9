import { scaleOf } from "../../money/decimal";
import { throwIfIssues } from "../planning-input-error";
import { checkDecimal } from "../targets/check-decimal";
import { formatUnits, significantPlaces, toUnits } from "../targets/scaled-units";
import type { AllocatedNode, PlanningIssue } from "../types";
import { checkAllocatedNodes } from "./check-allocated-nodes";

/**
 * A grid edit of one month of a leaf: the month takes `amount` and the leaf's annual becomes the sum of its months.
 * Nothing else moves; the parent's gap is shown by the grid. Amounts keep the places the node is written with.
 */
export function setMonth(
  nodes: AllocatedNode[],
  nodeId: string,
  month: number,
  amount: string,
): AllocatedNode[] {
  const at = Array.isArray(nodes) ? nodes.findIndex((n) => n.id === nodeId) : -1;
  const node = nodes[at];
  const places = node ? scaleOf(node.annual) : 0;
  const issues: PlanningIssue[] = [];
  if (!node)
    issues.push({ code: "invalid", message: `${nodeId} is not in the plan`, nodeId, field: "nodeId" });
  else if (nodes.some((n) => n.parentId === nodeId))
    issues.push({
      code: "invalid",
      message: `${nodeId} (${node.name}) has children: edit its annual, whose change is spread to them`,
      nodeId,
      field: "nodeId",
    });
  if (!Number.isInteger(month) || month < 0 || month > 11)
    issues.push({
      code: "bad_month",
      message: `The month index must be 0–11, got ${month}`,
      nodeId,
      field: "month",
    });
  const amountIssue = checkDecimal(amount, `The amount of month ${month + 1} of ${nodeId}`, "amount", nodeId);
  if (amountIssue) issues.push(amountIssue);
  else if (significantPlaces(amount) > places)
    issues.push({
      code: "invalid",
      message: `${amount} has more than the ${places} decimal places of the months`,
      nodeId,
      field: "amount",
    });
  if (issues.length === 0) issues.push(...checkAllocatedNodes(nodes, [nodeId], places));
  throwIfIssues(issues);
  if (!node) return nodes;
  const months = node.months.map((m, i) => (i === month ? formatUnits(toUnits(amount, places), places) : m));
  const annual = months.reduce((sum, m) => sum + toUnits(m, places), 0n);
  const out = [...nodes];
  out[at] = {
    ...node,
    months,
    annual: formatUnits(annual, places),
    trace: [
      ...node.trace,
      `grid edit: month ${month + 1} ${node.months[month]} → ${months[month]}, annual ${node.annual} → ${formatUnits(annual, places)}`,
    ],
  };
  return out;
}
