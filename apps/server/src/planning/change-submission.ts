import { eq } from "drizzle-orm";
import {
  type AttainDatabase,
  type Db,
  getReportingTree,
  planningSubmissions,
  type SubmissionStatus,
  users,
} from "@attain/db";
import { isZero } from "@attain/engine";
import type { Viewer } from "../auth/viewer";
import { unprocessable } from "../compensation/inputs/unprocessable";
import { ApiError, problems } from "../http/problem";
import { buildGridRows } from "./load-grid";
import { loadPlanningWorkspace } from "./load-planning-workspace";
import { loadScenarioNodes } from "./load-scenario-nodes";
import { loadSubmissions } from "./load-submissions";
import { fiscalYearMonths } from "./fiscal-year-months";
import { lockScenario } from "./lock-scenario";
import { isPlanner, managedNodeIds } from "./planning-access";
import { recordPlanningEvent } from "./record-planning-event";
import type { Submission } from "./schemas";
import { toSubmission } from "./to-submission";

export type SubmissionAction = "submit" | "recall" | "approve" | "reject";

/** From which statuses each action may start, and where it leads. */
const transitions: Record<SubmissionAction, { from: (SubmissionStatus | null)[]; to: SubmissionStatus }> = {
  submit: { from: [null, "draft", "rejected"], to: "submitted" },
  recall: { from: ["submitted"], to: "draft" },
  approve: { from: ["submitted"], to: "approved" },
  reject: { from: ["submitted"], to: "rejected" },
};

/**
 * One step of a manager's submission of a region or team node in a draft scenario (docs/planning-api.md):
 * submit — someone who manages the node (or a planner), when every node of its subtree reconciles (else 422 naming
 * them); recall — the submitter; approve and reject — a manager above the submitter, or a planner. A step from the
 * wrong status is a 409 naming the current one. Each step is recorded in the scenario's history.
 */
export async function changeSubmission(
  database: AttainDatabase,
  viewer: Viewer,
  params: {
    scenarioId: string;
    nodeId: string;
    action: SubmissionAction;
    note?: string | undefined;
    now: Date;
  },
): Promise<Submission> {
  const { workspaceId } = viewer;
  const { action } = params;
  if (viewer.role !== "manager" && !isPlanner(viewer))
    throw problems.forbidden("Only managers and planners take part in submissions.");
  const { calendar } = await loadPlanningWorkspace(database.db, workspaceId);
  const nodeName = await database.transaction(async ({ db }) => {
    const scenario = await lockScenario(db, { workspaceId, scenarioId: params.scenarioId });
    const months = fiscalYearMonths(scenario.fiscalYear, calendar);
    const nodes = await loadScenarioNodes(db, { workspaceId, scenarioId: scenario.id, months });
    const node = nodes.find((n) => n.nodeId === params.nodeId);
    if (!node || (node.kind !== "region" && node.kind !== "team"))
      throw problems.notFound(`A region or team node ${params.nodeId} of this scenario`);
    const submissions = await loadSubmissions(db, { workspaceId, scenarioId: scenario.id });
    const current = submissions.get(node.nodeId) ?? null;
    const rule = transitions[action];
    if (!rule.from.includes(current?.status ?? null))
      throw new ApiError(
        409,
        "Wrong submission status",
        `${node.name}'s submission is ${current?.status ?? "not started"}; ${action} needs it ${rule.from.map((s) => s ?? "not started").join(" or ")}.`,
        undefined,
        { currentStatus: current?.status ?? null, wantedStatus: rule.to },
      );

    if (action === "submit") {
      const managed = await managedNodeIds(db, viewer, scenario, nodes);
      if (!managed.has(node.nodeId))
        throw problems.forbidden(`Only a manager of ${node.name} (or a planner) may submit it.`);
      const rows = buildGridRows(nodes, submissions, new Set());
      const below = subtreeIds(nodes, node.nodeId);
      const open = rows.filter(
        (r) => below.has(r.nodeId) && r.unallocated !== null && !isZero(r.unallocated),
      );
      if (open.length > 0)
        throw unprocessable(
          open.map((r) => ({
            path: `grid.${r.nodeId}.unallocated`,
            message: `${r.name}'s children carry ${r.childrenSum} of ${r.childrenTotal}: ${r.unallocated} left to allocate.`,
          })),
          `${node.name} does not reconcile yet; see \`errors\`.`,
        );
    }
    if (action === "recall" && current?.submittedBy !== viewer.userId)
      throw problems.forbidden("Only the manager who submitted it may recall a submission.");
    if ((action === "approve" || action === "reject") && !isPlanner(viewer)) {
      const submitterPerson = current?.submittedBy ? await personOfUser(db, current.submittedBy) : null;
      const tree =
        viewer.personId === null
          ? []
          : await getReportingTree(db, { workspaceId, managerId: viewer.personId, asOf: scenario.asOf });
      if (submitterPerson === null || !tree.includes(submitterPerson))
        throw problems.forbidden("Only a manager of the submitter (or a planner) may approve or reject.");
    }

    const stamp =
      action === "submit"
        ? { submittedBy: viewer.userId, submittedAt: params.now, decidedBy: null, decidedAt: null }
        : action === "recall"
          ? { decidedBy: null, decidedAt: null }
          : { decidedBy: viewer.userId, decidedAt: params.now };
    const note = params.note ?? (action === "recall" ? null : undefined);
    if (current)
      await db
        .update(planningSubmissions)
        .set({ status: rule.to, ...stamp, ...(note !== undefined ? { note } : {}) })
        .where(eq(planningSubmissions.id, current.id));
    else
      await db.insert(planningSubmissions).values({
        workspaceId,
        scenarioId: scenario.id,
        nodeId: node.nodeId,
        status: rule.to,
        ...stamp,
        note: params.note ?? null,
      });
    await recordPlanningEvent(db, {
      workspaceId,
      scenarioId: scenario.id,
      actorId: viewer.userId,
      action: `submission.${pastTense[action]}`,
      detail: {
        nodeId: node.nodeId,
        name: node.name,
        from: current?.status ?? null,
        to: rule.to,
        note: params.note ?? null,
      },
    });
    return node.name;
  });
  const after = await loadSubmissions(database.db, { workspaceId, scenarioId: params.scenarioId });
  return toSubmission(params.scenarioId, nodeName, after.get(params.nodeId)!);
}

const pastTense: Record<SubmissionAction, string> = {
  submit: "submitted",
  recall: "recalled",
  approve: "approved",
  reject: "rejected",
};

/** The node and everything below it. */
function subtreeIds(
  nodes: readonly { nodeId: string; parentNodeId: string | null }[],
  rootId: string,
): Set<string> {
  const ids = new Set([rootId]);
  // Nodes are in depth-first order, parents first, so one pass collects the subtree.
  for (const n of nodes) if (n.parentNodeId !== null && ids.has(n.parentNodeId)) ids.add(n.nodeId);
  return ids;
}

async function personOfUser(db: Db, userId: string): Promise<string | null> {
  const [row] = await db.select({ personId: users.personId }).from(users).where(eq(users.id, userId));
  return row?.personId ?? null;
}
