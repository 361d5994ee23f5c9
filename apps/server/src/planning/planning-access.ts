import { type Db, getReportingTree } from "@attain/db";
import type { Viewer } from "../auth/viewer";
import { problems } from "../http/problem";

/** Planners set targets, allocate, edit everything and publish: admins and compensation admins. */
export function isPlanner(viewer: Viewer): boolean {
  return viewer.role === "admin" || viewer.role === "comp_admin";
}

export function requirePlanner(viewer: Viewer): Viewer {
  if (!isPlanner(viewer))
    throw problems.forbidden("Only planners (admins and compensation admins) may do this.");
  return viewer;
}

/**
 * Who reads scenarios: planners, managers, HR and viewers. Reps read only their own published quota
 * (GET /api/planning/my-quota); marketing has no access to quota planning.
 */
export function requireScenarioReader(viewer: Viewer): Viewer {
  if (viewer.role === "rep" || viewer.role === "marketing")
    throw problems.forbidden("Quota planning scenarios are for planners, managers, HR and viewers.");
  return viewer;
}

/** The minimum a node needs for access decisions. */
export type AccessNode = {
  nodeId: string;
  parentNodeId: string | null;
  kind: string;
  personId: string | null;
  hireDate?: string | null;
};

/**
 * The nodes of a scenario a viewer manages: planners all; a manager every region, team and person node whose people
 * (the person nodes below it) all report to them, directly or not, on the scenario's `asOf` (someone hired later:
 * on their hire date) — their team or region and below. Never the company node for a manager (its amount is the target, a planner's assumption). Others none.
 */
export async function managedNodeIds(
  db: Db,
  viewer: Viewer,
  scenario: { asOf: string },
  nodes: readonly AccessNode[],
): Promise<Set<string>> {
  if (isPlanner(viewer)) return new Set(nodes.map((n) => n.nodeId));
  if (viewer.role !== "manager" || !viewer.personId) return new Set();
  const treeOn = (asOf: string) =>
    getReportingTree(db, { workspaceId: viewer.workspaceId, managerId: viewer.personId!, asOf });
  const tree = new Set(await treeOn(scenario.asOf));
  // Someone hired later in the year joins their manager's tree on their first day, not on `asOf`.
  const later = [
    ...new Set(
      nodes.flatMap((n) =>
        n.hireDate && n.hireDate > scenario.asOf && !tree.has(n.personId ?? "") ? [n.hireDate] : [],
      ),
    ),
  ];
  for (const day of later) {
    const onDay = new Set(await treeOn(day));
    for (const n of nodes)
      if (n.hireDate === day && n.personId && onDay.has(n.personId)) tree.add(n.personId);
  }
  return managedWithin(nodes, tree);
}

/** Nodes whose person leaves are all in `tree` (and that have at least one); the company node never. */
export function managedWithin(nodes: readonly AccessNode[], tree: ReadonlySet<string>): Set<string> {
  const children = new Map<string | null, AccessNode[]>();
  for (const n of nodes) children.set(n.parentNodeId, [...(children.get(n.parentNodeId) ?? []), n]);
  const managed = new Set<string>();
  // Post-order: a node is managed when it has people below and every one of them is in the tree.
  const visit = (node: AccessNode): { people: number; outside: number } => {
    if (node.kind === "person") {
      const inside = node.personId !== null && tree.has(node.personId);
      if (inside) managed.add(node.nodeId);
      return { people: 1, outside: inside ? 0 : 1 };
    }
    let people = 0;
    let outside = 0;
    for (const child of children.get(node.nodeId) ?? []) {
      const counts = visit(child);
      people += counts.people;
      outside += counts.outside;
    }
    if (node.kind !== "company" && people > 0 && outside === 0) managed.add(node.nodeId);
    return { people, outside };
  };
  for (const root of children.get(null) ?? []) visit(root);
  return managed;
}

/** Whether the viewer may change the scenario's cells at all: planners and managers, in a draft. */
export function mayEditScenario(viewer: Viewer, scenario: { status: string }): boolean {
  return scenario.status === "draft" && (isPlanner(viewer) || viewer.role === "manager");
}
