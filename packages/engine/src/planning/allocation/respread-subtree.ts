import { throwIfIssues } from "../planning-input-error";
import { apportionUnits } from "../targets/apportion-units";
import { checkDecimal } from "../targets/check-decimal";
import { checkUnit, isMultipleOf } from "../targets/check-unit";
import { divideHalfUp, formatUnits, pow10, significantPlaces, toUnits } from "../targets/scaled-units";
import type { AllocatedNode, AllocationInput, PlanningIssue } from "../types";
import { checkAllocatedNodes } from "./check-allocated-nodes";
import { checkMonthPlaces } from "./check-month-places";
import { checkOverAssignment, childrenFactor } from "./over-assignment";
import { buildPlanningTree } from "./planning-tree";
import { shareOf } from "./share-of";

export type RespreadOptions = {
  unit: string;
  overAssignment: AllocationInput["overAssignment"];
  monthPlaces?: number;
};

/**
 * A grid edit of one node's year. The node's months are re-spread in proportion to its current months (evenly when
 * they are all 0); below it, each node's children again carry round(annual × factor, unit), locked children keep
 * theirs and the unlocked ones share the rest in proportion to their current annuals (evenly when all 0), in whole
 * units by largest remainder, and their months follow. So the subtree reconciles exactly again. Ancestors are not
 * touched: the parent's gap (childrenTotal − Σ children) is what the grid shows.
 */
export function respreadSubtree(
  nodes: AllocatedNode[],
  nodeId: string,
  newAnnual: string,
  options: RespreadOptions,
): AllocatedNode[] {
  const places = options.monthPlaces ?? 2;
  const tree = buildPlanningTree(checkedNodes(nodes, nodeId, newAnnual, options, places));
  const start = tree.index.get(nodeId) ?? 0;
  const units = (text: string) => toUnits(text, places);
  const unit = units(options.unit);
  const annual = new Map<number, bigint>([[start, units(newAnnual)]]);
  const childrenTotal = new Map<number, bigint>();
  const issues: PlanningIssue[] = [];
  const out = [...nodes];
  const stack = [start];
  while (stack.length > 0) {
    const at = stack.pop() ?? start;
    const node = nodes[at];
    if (!node) continue;
    const amount = annual.get(at) ?? 0n;
    const current = node.months.map(units);
    const weights = current.some((m) => m > 0n) ? current : current.map(() => 1n);
    const kids = tree.children[at] ?? [];
    const note =
      at === start
        ? `grid edit: annual ${node.annual} → ${formatUnits(amount, places)}, months in proportion to the current months`
        : `re-apportioned after the edit of ${nodeId}: ${node.annual} → ${formatUnits(amount, places)}, in proportion to the current amounts`;
    out[at] = {
      ...node,
      annual: formatUnits(amount, places),
      months: apportionUnits(amount, weights).map((m) => formatUnits(m, places)),
      trace: [...node.trace, note],
    };
    if (kids.length === 0) continue;
    const { factor } = childrenFactor(
      kids.map((c) => nodes[c]?.kind ?? "person"),
      options.overAssignment,
    );
    const factorPlaces = significantPlaces(factor);
    const total = divideHalfUp(amount * toUnits(factor, factorPlaces), pow10(factorPlaces) * unit) * unit;
    childrenTotal.set(at, total);
    out[at] = { ...(out[at] ?? node), childrenTotal: formatUnits(total, places) };
    const open = kids.filter((c) => !nodes[c]?.locked);
    let rest = total;
    for (const c of kids) if (nodes[c]?.locked) rest -= units(nodes[c]?.annual ?? "0");
    if (rest < 0n || (open.length === 0 && rest > 0n)) {
      issues.push({
        code: rest < 0n ? "locked_over_parent" : "invalid",
        message:
          rest < 0n
            ? `The locked children of ${node.id} (${node.name}) sum to more than the ${formatUnits(total, places)} they carry`
            : `Every child of ${node.id} (${node.name}) is locked: ${formatUnits(rest, places)} has no one to carry it`,
        nodeId: node.id,
        field: "locked",
      });
      continue;
    }
    const step = rest % unit === 0n ? unit : 1n;
    const currentAnnuals = open.map((c) => units(nodes[c]?.annual ?? "0"));
    const parts = apportionUnits(
      rest / step,
      currentAnnuals.some((a) => a > 0n) ? currentAnnuals : open.map(() => 1n),
    );
    open.forEach((c, k) => {
      annual.set(c, (parts[k] ?? 0n) * step);
      stack.push(c);
    });
  }
  throwIfIssues(issues);
  for (const at of annual.keys()) {
    const node = out[at];
    const parent = tree.parent[at] ?? -1;
    if (!node || parent < 0) continue;
    const parentTotal = childrenTotal.get(parent) ?? units(nodes[parent]?.childrenTotal ?? "0");
    out[at] = { ...node, share: shareOf(annual.get(at) ?? 0n, parentTotal) };
  }
  return out;
}

function checkedNodes(
  nodes: AllocatedNode[],
  nodeId: string,
  newAnnual: string,
  options: RespreadOptions,
  places: number,
): AllocatedNode[] {
  const issues = [...checkMonthPlaces(places), ...checkOverAssignment(options.overAssignment)];
  const unitIssue = checkUnit(options.unit);
  if (unitIssue) issues.push(unitIssue);
  const amountIssue = checkDecimal(newAnnual, `The new annual of ${nodeId}`, "annual", nodeId);
  if (amountIssue) issues.push(amountIssue);
  else if (!unitIssue && !isMultipleOf(newAnnual, options.unit))
    issues.push({
      code: "bad_unit",
      message: `The new annual ${newAnnual} of ${nodeId} is not a whole number of the unit ${options.unit}`,
      nodeId,
      field: "annual",
    });
  if (issues.length === 0) {
    const tree = Array.isArray(nodes) ? buildSubtreeIds(nodes, nodeId) : [];
    issues.push(...checkAllocatedNodes(nodes, tree, places));
    if (Array.isArray(nodes) && !nodes.some((n) => n.id === nodeId))
      issues.push({ code: "invalid", message: `${nodeId} is not in the plan`, nodeId, field: "nodeId" });
  }
  throwIfIssues(issues);
  return nodes;
}

// The ids of nodeId and everything below it (by parent links; a cycle is caught by the tree check).
function buildSubtreeIds(nodes: readonly AllocatedNode[], nodeId: string): string[] {
  const children = new Map<string, string[]>();
  for (const n of nodes)
    if (n.parentId !== null) children.set(n.parentId, [...(children.get(n.parentId) ?? []), n.id]);
  const ids: string[] = [];
  const seen = new Set<string>();
  const stack = [nodeId];
  while (stack.length > 0) {
    const id = stack.pop() ?? "";
    if (seen.has(id)) continue;
    seen.add(id);
    ids.push(id);
    stack.push(...(children.get(id) ?? []));
  }
  return ids;
}
