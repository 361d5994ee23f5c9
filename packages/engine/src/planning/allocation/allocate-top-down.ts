import { throwIfIssues } from "../planning-input-error";
import { formatUnits } from "../targets/scaled-units";
import type { AllocatedNode, AllocationInput, AllocationResult } from "../types";
import { type AllocationState, allocateChildren } from "./allocate-children";
import { checkAllocationInput } from "./check-allocation-input";
import { prepareAllocation } from "./prepare-allocation";
import { shareOf } from "./share-of";
import { spreadMonths } from "./spread-months";

/**
 * Top-down allocation (docs/calculations/quota-planning.md): the company target flows down the hierarchy, each
 * node's children carrying round(its annual × over-assignment, unit) in total, split by weighted drivers in whole
 * units by largest remainder, so Σ children = childrenTotal exactly at every level; each node's year is spread over
 * its months by seasonality (× the leaf's month factors) to monthPlaces, the months summing exactly to the year.
 * Throws one PlanningInputError with every issue; nothing is returned half-way.
 */
export function allocateTopDown(input: AllocationInput): AllocationResult {
  const places = input.monthPlaces ?? 2;
  throwIfIssues(checkAllocationInput(input, places));
  const prep = prepareAllocation(input, places);
  const { tree } = prep;
  const n = input.nodes.length;
  const state: AllocationState = {
    annual: new Array(n).fill(0n),
    childrenTotal: new Array(n).fill(null),
    trace: input.nodes.map(() => []),
    issues: [],
    warnings: prep.warnings,
  };
  state.annual[tree.root] = prep.target;
  state.trace[tree.root]?.push(`the target ${input.target}`);
  for (const at of tree.order)
    if ((tree.children[at]?.length ?? 0) > 0) allocateChildren(at, input, prep, state);
  throwIfIssues(state.issues);

  const nodes = tree.order.map((at): AllocatedNode => {
    const node = input.nodes[at] ?? { id: "", parentId: null, kind: "person", name: "" };
    const annual = state.annual[at] ?? 0n;
    const own = prep.monthWeights[at] ?? null;
    const byFactors = own?.some((w) => w > 0n) ?? false;
    const months = spreadMonths(annual, byFactors && own ? own : prep.seasonality, places);
    const trace = state.trace[at] ?? [];
    trace.push(
      `months: ${formatUnits(annual, places)} spread by seasonality${byFactors ? " × month factors" : ""}, largest remainder to ${places} places`,
    );
    const total = state.childrenTotal[at] ?? null;
    const parent = tree.parent[at] ?? -1;
    return {
      id: node.id,
      parentId: node.parentId,
      kind: node.kind,
      name: node.name,
      depth: tree.depth[at] ?? 0,
      annual: formatUnits(annual, places),
      months,
      childrenTotal: total === null ? null : formatUnits(total, places),
      share: parent < 0 ? null : shareOf(annual, state.childrenTotal[parent] ?? null),
      locked: (prep.locked[at] ?? null) !== null,
      trace,
    };
  });
  return { nodes, warnings: state.warnings };
}
