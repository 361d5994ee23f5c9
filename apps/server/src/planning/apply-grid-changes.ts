import { and, eq, inArray } from "drizzle-orm";
import { type AttainDatabase, planningNodes, planningQuotas } from "@attain/db";
import { type AllocatedNode, compareAmounts, respreadSubtree, setMonth } from "@attain/engine";
import type { Viewer } from "../auth/viewer";
import { unprocessable } from "../compensation/inputs/unprocessable";
import { problems } from "../http/problem";
import { checkGridChanges } from "./check-grid-changes";
import { fiscalYearMonths } from "./fiscal-year-months";
import { inverseChanges } from "./inverse-changes";
import { loadGrid } from "./load-grid";
import { loadPlanningWorkspace } from "./load-planning-workspace";
import { loadScenario } from "./load-scenario";
import { loadScenarioNodes, type ScenarioNode } from "./load-scenario-nodes";
import { loadSubmissions } from "./load-submissions";
import { bumpRevision, lockScenario } from "./lock-scenario";
import { isPlanner, managedNodeIds, requireScenarioReader } from "./planning-access";
import { withPlanningProblems } from "./planning-problem";
import { recordPlanningEvent } from "./record-planning-event";
import type { Assumptions, Change, Grid } from "./schemas";

export type GridPatchResult = Grid & { inverse: Change[] };

/**
 * Applies grid edits to a draft, all or nothing (PATCH grid and the quota sheet's apply): every change is checked
 * first (check-grid-changes.ts, 422 naming `changes.<i>.<field>`), then applied in order with the engine — a
 * person's month (setMonth: the year becomes the sum of its months), or a node's year (respreadSubtree: its months
 * in proportion, its subtree re-apportioned so it reconciles again; ancestors show the gap). One transaction with
 * revision + 1 and a `grid.edited` event. Returns the new grid and the changes that undo these (`inverse`).
 */
export async function applyGridChanges(
  database: AttainDatabase,
  viewer: Viewer,
  scenarioId: string,
  baseRevision: number,
  changes: readonly Change[],
  now: Date = new Date(),
): Promise<GridPatchResult> {
  requireScenarioReader(viewer);
  if (!isPlanner(viewer) && viewer.role !== "manager")
    throw problems.forbidden("Only planners and managers edit quotas.");
  const { workspaceId } = viewer;
  const workspace = await loadPlanningWorkspace(database.db, workspaceId);
  const inverse = await database.transaction(async ({ db }) => {
    const row = await lockScenario(db, { workspaceId, scenarioId, baseRevision });
    const assumptions = row.assumptions as Assumptions;
    const months = fiscalYearMonths(row.fiscalYear, workspace.calendar);
    const stored = await loadScenarioNodes(db, { workspaceId, scenarioId, months });
    const nodesById = new Map(stored.map((n) => [n.nodeId, n]));
    const problemsFound = checkGridChanges(changes, {
      nodes: nodesById,
      editable: await managedNodeIds(db, viewer, row, stored),
      months,
      currency: row.currency,
      submissions: await loadSubmissions(db, { workspaceId, scenarioId }),
    });
    if (problemsFound.length > 0)
      throw unprocessable(
        problemsFound,
        "Some changes cannot be applied; see `errors`. Nothing was changed.",
      );

    let state = stored.map(toAllocated);
    const typedMonths = new Set<string>();
    changes.forEach((change, i) => {
      // The engine names the change's own fields (annual, amount, month): under changes.<i> they name the change.
      state = withPlanningProblems(() => {
        if ("month" in change) {
          typedMonths.add(change.nodeId);
          return setMonth(state, change.nodeId, months.indexOf(change.month), change.amount);
        }
        return respreadSubtree(state, change.nodeId, change.annual, {
          unit: assumptions.allocation.unit,
          overAssignment: assumptions.allocation.overAssignment,
          monthPlaces: scaleOf(stored[0]?.annual ?? "0.00"),
        });
      }, `changes.${i}`);
    });

    const changed = state.filter((n) => {
      const before = nodesById.get(n.id);
      return (
        !before ||
        before.annual !== n.annual ||
        before.childrenTotal !== n.childrenTotal ||
        before.months.some((m, k) => m !== n.months[k])
      );
    });
    for (const n of changed) {
      const before = nodesById.get(n.id)!;
      await db
        .update(planningNodes)
        .set({
          annual: n.annual,
          childrenTotal: n.childrenTotal,
          edited: compareAmounts(n.annual, before.topDown) !== 0 || typedMonths.has(n.id),
          trace: n.trace,
        })
        .where(and(eq(planningNodes.scenarioId, scenarioId), eq(planningNodes.nodeId, n.id)));
    }
    if (changed.length > 0) {
      await db.delete(planningQuotas).where(
        and(
          eq(planningQuotas.scenarioId, scenarioId),
          inArray(
            planningQuotas.nodeId,
            changed.map((n) => n.id),
          ),
        ),
      );
      await db.insert(planningQuotas).values(
        changed.flatMap((n) =>
          n.months.map((amount, k) => ({
            workspaceId,
            scenarioId,
            nodeId: n.id,
            month: `${months[k]}-01`,
            amount,
          })),
        ),
      );
    }
    const revision = await bumpRevision(db, row, now);
    const undo = inverseChanges(stored, changed, months);
    await recordPlanningEvent(db, {
      workspaceId,
      scenarioId,
      actorId: viewer.userId,
      action: "grid.edited",
      detail: { revision, changes, changedNodes: changed.map((n) => n.id), inverse: undo },
    });
    return undo;
  });
  const scenario = await loadScenario(database.db, workspaceId, scenarioId);
  return { ...(await loadGrid(database.db, viewer, scenario)), inverse };
}

/** A stored node as the engine's edit functions take it. */
function toAllocated(n: ScenarioNode): AllocatedNode {
  return {
    id: n.nodeId,
    parentId: n.parentNodeId,
    kind: n.kind,
    name: n.name,
    depth: 0,
    annual: n.annual,
    months: n.months,
    childrenTotal: n.childrenTotal,
    share: null,
    locked: n.locked,
    trace: n.trace,
  };
}

const scaleOf = (text: string) => text.split(".")[1]?.length ?? 0;
