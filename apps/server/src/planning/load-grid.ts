import { compareAmounts, subtractAmounts, sumAmounts } from "@attain/engine";
import type { Db } from "@attain/db";
import type { Viewer } from "../auth/viewer";
import { problems } from "../http/problem";
import { gridTotals } from "./grid-totals";
import { loadScenarioNodes, type ScenarioNode } from "./load-scenario-nodes";
import { loadSubmissions, type SubmissionRecord } from "./load-submissions";
import { managedNodeIds, mayEditScenario } from "./planning-access";
import type { Grid, GridRow, Scenario } from "./schemas";

/**
 * The planning grid of a scenario: every node (hierarchy rows × months) with the figures beside it. `viewer` null
 * means the whole grid with nothing editable (internal callers: analysis, compare, exports). A manager sees the
 * subtrees of the nodes they manage; `rootNodeId` narrows to one visible node's subtree (404 when not visible).
 */
export async function loadGrid(
  db: Db,
  viewer: Viewer | null,
  scenario: Pick<Scenario, "id" | "asOf" | "status" | "revision" | "months" | "assumptions">,
  options: { rootNodeId?: string | undefined; workspaceId?: string } = {},
): Promise<Grid> {
  const workspaceId = viewer?.workspaceId ?? options.workspaceId;
  if (!workspaceId) throw new Error("loadGrid: a viewer or a workspaceId is needed");
  const nodes = await loadScenarioNodes(db, {
    workspaceId,
    scenarioId: scenario.id,
    months: scenario.months,
  });
  const submissions = await loadSubmissions(db, { workspaceId, scenarioId: scenario.id });
  const managed = viewer ? await managedNodeIds(db, viewer, scenario, nodes) : null;
  const editable = viewer && mayEditScenario(viewer, scenario) ? managed : new Set<string>();
  const rows = buildGridRows(nodes, submissions, editable ?? new Set());
  // Managers see what they manage; planners, HR and viewers the whole grid.
  const visible = visibleRows(rows, viewer?.role === "manager" ? managed : null, options.rootNodeId);
  return {
    scenarioId: scenario.id,
    revision: scenario.revision,
    months: [...scenario.months],
    rows: visible,
    // Totals are the whole scenario's, whatever part of it the caller sees.
    totals: gridTotals(rows, scenario.assumptions.target.annual),
  };
}

/** Rows in display order with children sums, unallocated amounts, gaps and submissions. */
export function buildGridRows(
  nodes: readonly ScenarioNode[],
  submissions: ReadonlyMap<string, SubmissionRecord>,
  editable: ReadonlySet<string>,
): GridRow[] {
  const childAnnuals = new Map<string, string[]>();
  for (const n of nodes)
    if (n.parentNodeId !== null)
      childAnnuals.set(n.parentNodeId, [...(childAnnuals.get(n.parentNodeId) ?? []), n.annual]);
  const depthOf = new Map<string, number>();
  return nodes.map((n) => {
    const depth = n.parentNodeId === null ? 0 : (depthOf.get(n.parentNodeId) ?? 0) + 1;
    depthOf.set(n.nodeId, depth);
    const children = childAnnuals.get(n.nodeId);
    const childrenSum = n.kind === "person" ? null : sumAmounts(children ?? []);
    const childrenTotal = n.kind === "person" ? null : (n.childrenTotal ?? "0");
    const submission = submissions.get(n.nodeId);
    return {
      nodeId: n.nodeId,
      parentNodeId: n.parentNodeId,
      kind: n.kind,
      name: n.name,
      depth,
      personId: n.personId,
      annual: n.annual,
      months: n.months,
      topDown: n.topDown,
      childrenTotal,
      childrenSum,
      unallocated:
        childrenTotal === null || childrenSum === null ? null : subtractAmounts(childrenTotal, childrenSum),
      bottomUpCapacity: n.bottomUpCapacity,
      bottomUpPotential: n.bottomUpPotential,
      capacityGap: n.bottomUpCapacity === null ? null : subtractAmounts(n.annual, n.bottomUpCapacity),
      locked: n.locked,
      edited: n.edited,
      editable: editable.has(n.nodeId),
      submission: submission
        ? {
            status: submission.status,
            by: submission.submittedByName,
            at: submission.submittedAt?.toISOString() ?? null,
          }
        : null,
      trace: n.trace,
    };
  });
}

/** Rows under the visible roots: all (managed null), or the maximal managed nodes' subtrees; then `rootNodeId`'s. */
function visibleRows(rows: GridRow[], managed: ReadonlySet<string> | null, rootNodeId?: string): GridRow[] {
  const childrenOf = new Map<string, GridRow[]>();
  for (const r of rows)
    if (r.parentNodeId !== null)
      childrenOf.set(r.parentNodeId, [...(childrenOf.get(r.parentNodeId) ?? []), r]);
  const subtree = (root: GridRow): Set<string> => {
    const ids = new Set<string>();
    const stack = [root];
    while (stack.length > 0) {
      const r = stack.pop()!;
      ids.add(r.nodeId);
      stack.push(...(childrenOf.get(r.nodeId) ?? []));
    }
    return ids;
  };
  let shown = rows;
  if (managed !== null) shown = rows.filter((r) => managed.has(r.nodeId));
  if (rootNodeId !== undefined) {
    const root = shown.find((r) => r.nodeId === rootNodeId);
    if (!root) throw problems.notFound(`Node ${rootNodeId}`);
    const ids = subtree(root);
    shown = shown.filter((r) => ids.has(r.nodeId));
  }
  return shown;
}

/** True when every node's children sum exactly to what they should carry. */
export function gridReconciles(rows: readonly GridRow[]): boolean {
  return rows.every((r) => r.unallocated === null || compareAmounts(r.unallocated, "0") === 0);
}
