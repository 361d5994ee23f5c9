import { and, asc, eq } from "drizzle-orm";
import { type Db, planningEvents, users } from "@attain/db";
import type { Viewer } from "../auth/viewer";
import { loadScenario } from "./load-scenario";
import { requireScenarioReader } from "./planning-access";

export type PlanningEventView = {
  seq: number;
  at: string;
  actorName: string | null;
  action: string;
  detail: unknown;
};

/** A scenario's history, oldest first. */
export async function listEvents(db: Db, viewer: Viewer, scenarioId: string): Promise<PlanningEventView[]> {
  requireScenarioReader(viewer);
  await loadScenario(db, viewer.workspaceId, scenarioId);
  const rows = await db
    .select({
      seq: planningEvents.seq,
      at: planningEvents.at,
      actorName: users.displayName,
      action: planningEvents.action,
      detail: planningEvents.detail,
    })
    .from(planningEvents)
    .leftJoin(users, eq(users.id, planningEvents.actorId))
    .where(and(eq(planningEvents.workspaceId, viewer.workspaceId), eq(planningEvents.scenarioId, scenarioId)))
    .orderBy(asc(planningEvents.seq));
  return rows.map((r) => ({ ...r, seq: Number(r.seq), at: r.at.toISOString() }));
}
