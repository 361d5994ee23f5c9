import { and, eq, max } from "drizzle-orm";
import { type AttainDatabase, planningScenarios } from "@attain/db";
import type { Viewer } from "../auth/viewer";
import { unprocessable } from "../compensation/inputs/unprocessable";
import { ApiError } from "../http/problem";
import { fiscalYearMonths } from "./fiscal-year-months";
import { buildGridRows } from "./load-grid";
import { loadPlanningWorkspace } from "./load-planning-workspace";
import { loadScenario } from "./load-scenario";
import { loadScenarioNodes } from "./load-scenario-nodes";
import { loadSubmissions } from "./load-submissions";
import { lockScenario } from "./lock-scenario";
import { requirePlanner } from "./planning-access";
import { recordPlanningEvent } from "./record-planning-event";
import type { Scenario } from "./schemas";
import { writePublishedQuotas } from "./write-published-quotas";
import { isZero } from "@attain/engine";

/**
 * Makes a draft the plan of record of its fiscal year and measure (planners). Refused with 409 while a submission
 * is not approved (naming them) and with 422 while a node's children do not sum to what they should carry (naming
 * the nodes). In one transaction: the previous plan of record is archived, this one is published with version n + 1,
 * and its quotas are written where compensation and dashboards read them (write-published-quotas.ts). A failure
 * anywhere leaves everything as it was.
 */
export async function publishScenario(
  database: AttainDatabase,
  viewer: Viewer,
  params: { scenarioId: string; baseRevision: number; note?: string | undefined; now: Date },
): Promise<Scenario> {
  requirePlanner(viewer);
  const { workspaceId } = viewer;
  const { calendar } = await loadPlanningWorkspace(database.db, workspaceId);
  await database.transaction(async ({ db }) => {
    const row = await lockScenario(db, {
      workspaceId,
      scenarioId: params.scenarioId,
      baseRevision: params.baseRevision,
    });
    const months = fiscalYearMonths(row.fiscalYear, calendar);
    const nodes = await loadScenarioNodes(db, { workspaceId, scenarioId: row.id, months });
    const submissions = await loadSubmissions(db, { workspaceId, scenarioId: row.id });
    const nameOf = new Map(nodes.map((n) => [n.nodeId, n.name]));
    const pending = [...submissions.values()].filter((s) => s.status !== "approved");
    if (pending.length > 0)
      throw new ApiError(
        409,
        "Submissions not approved",
        `Every submission must be approved before publishing: ${pending.map((s) => `${nameOf.get(s.nodeId) ?? s.nodeId} is ${s.status}`).join(", ")}.`,
        undefined,
        {
          submissions: pending.map((s) => ({
            nodeId: s.nodeId,
            name: nameOf.get(s.nodeId) ?? null,
            status: s.status,
          })),
        },
      );
    const open = buildGridRows(nodes, submissions, new Set()).filter(
      (r) => r.unallocated !== null && !isZero(r.unallocated),
    );
    if (open.length > 0)
      throw unprocessable(
        open.map((r) => ({
          path: `grid.${r.nodeId}.unallocated`,
          message: `${r.name}'s children carry ${r.childrenSum} of ${r.childrenTotal}: ${r.unallocated} left to allocate.`,
        })),
        "The grid does not reconcile; see `errors`. Nothing was published.",
      );

    const sameYear = and(
      eq(planningScenarios.workspaceId, workspaceId),
      eq(planningScenarios.fiscalYear, row.fiscalYear),
      eq(planningScenarios.measure, row.measure),
    );
    const archived = await db
      .update(planningScenarios)
      .set({ status: "archived", planOfRecord: false, updatedAt: params.now })
      .where(and(sameYear, eq(planningScenarios.planOfRecord, true)))
      .returning({ id: planningScenarios.id, version: planningScenarios.version });
    const [last] = await db
      .select({ version: max(planningScenarios.version) })
      .from(planningScenarios)
      .where(sameYear);
    const version = (last?.version ?? 0) + 1;
    await db
      .update(planningScenarios)
      .set({
        status: "published",
        planOfRecord: true,
        version,
        revision: row.revision + 1,
        updatedAt: params.now,
        publishedAt: params.now,
        publishedBy: viewer.userId,
      })
      .where(eq(planningScenarios.id, row.id));
    const written = await writePublishedQuotas(db, {
      workspaceId,
      fiscalYear: row.fiscalYear,
      measure: row.measure,
      currency: row.currency,
      months,
      nodes,
    });
    for (const previous of archived)
      await recordPlanningEvent(db, {
        workspaceId,
        scenarioId: previous.id,
        actorId: viewer.userId,
        action: "scenario.archived",
        detail: { version: previous.version, replacedBy: { id: row.id, version } },
      });
    await recordPlanningEvent(db, {
      workspaceId,
      scenarioId: row.id,
      actorId: viewer.userId,
      action: "scenario.published",
      detail: { version, note: params.note ?? null, archived: archived.map((a) => a.id), ...written },
    });
  });
  return loadScenario(database.db, workspaceId, params.scenarioId);
}
