import { and, asc, eq } from "drizzle-orm";
import { type Db, territoryEvents, users } from "@attain/db";
import type { Viewer } from "../auth/viewer";
import { loadPlanState } from "./load-plan-state";
import { requireTerritoryReader } from "./territory-access";

/** A plan's history, oldest first. */
export async function listTerritoryEvents(db: Db, viewer: Viewer, planId: string) {
  requireTerritoryReader(viewer);
  await loadPlanState(db, viewer.workspaceId, planId);
  const rows = await db
    .select({
      seq: territoryEvents.seq,
      at: territoryEvents.at,
      actorName: users.displayName,
      action: territoryEvents.action,
      detail: territoryEvents.detail,
    })
    .from(territoryEvents)
    .leftJoin(users, eq(users.id, territoryEvents.actorId))
    .where(and(eq(territoryEvents.workspaceId, viewer.workspaceId), eq(territoryEvents.planId, planId)))
    .orderBy(asc(territoryEvents.seq));
  return rows.map((r) => ({ ...r, seq: Number(r.seq), at: r.at.toISOString() }));
}
