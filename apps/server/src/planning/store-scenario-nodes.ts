import { and, eq } from "drizzle-orm";
import { type Db, planningNodes, planningQuotas } from "@attain/db";
import type { ComputedNode } from "./compute-allocation";
import type { SnapshotNode } from "./scenario-snapshot";

const CHUNK = 1000;

/**
 * Replaces a scenario's nodes and monthly quotas with a fresh allocation (inside the caller's transaction): every
 * node's annual and top-down amount become the allocation's, edits are cleared, locks are the allocation's.
 */
export async function storeScenarioNodes(
  db: Db,
  params: {
    workspaceId: string;
    scenarioId: string;
    months: readonly string[];
    snapshot: readonly SnapshotNode[];
    computed: readonly ComputedNode[];
  },
): Promise<void> {
  const { workspaceId, scenarioId } = params;
  const snapshotOf = new Map(params.snapshot.map((n) => [n.nodeId, n]));
  await db
    .delete(planningQuotas)
    .where(and(eq(planningQuotas.workspaceId, workspaceId), eq(planningQuotas.scenarioId, scenarioId)));
  await db
    .delete(planningNodes)
    .where(and(eq(planningNodes.workspaceId, workspaceId), eq(planningNodes.scenarioId, scenarioId)));
  const nodeRows = params.computed.map((n, position) => {
    const snap = snapshotOf.get(n.id);
    return {
      workspaceId,
      scenarioId,
      nodeId: n.id,
      parentNodeId: n.parentId,
      kind: n.kind,
      personId: snap?.personId ?? null,
      name: n.name,
      position,
      annual: n.annual,
      childrenTotal: n.childrenTotal,
      topDown: n.annual,
      bottomUpCapacity: n.bottomUpCapacity,
      bottomUpPotential: n.bottomUpPotential,
      drivers: snap?.drivers ?? null,
      hireDate: snap?.hireDate ?? null,
      leaveDate: snap?.leaveDate ?? null,
      locked: n.locked,
      edited: false,
      trace: n.trace,
    };
  });
  for (let i = 0; i < nodeRows.length; i += CHUNK)
    await db.insert(planningNodes).values(nodeRows.slice(i, i + CHUNK));
  const quotaRows = params.computed.flatMap((n) =>
    n.months.map((amount, i) => ({
      workspaceId,
      scenarioId,
      nodeId: n.id,
      month: `${params.months[i]}-01`,
      amount,
    })),
  );
  for (let i = 0; i < quotaRows.length; i += CHUNK)
    await db.insert(planningQuotas).values(quotaRows.slice(i, i + CHUNK));
}

/** The snapshot part of stored nodes (for re-allocation). */
export function snapshotOf(
  nodes: readonly {
    nodeId: string;
    parentNodeId: string | null;
    kind: SnapshotNode["kind"];
    name: string;
    personId: string | null;
    drivers: SnapshotNode["drivers"];
    hireDate: string | null;
    leaveDate: string | null;
  }[],
): SnapshotNode[] {
  return nodes.map((n) => ({
    nodeId: n.nodeId,
    parentNodeId: n.parentNodeId,
    kind: n.kind,
    name: n.name,
    personId: n.personId,
    drivers: n.drivers,
    hireDate: n.hireDate,
    leaveDate: n.leaveDate,
  }));
}
