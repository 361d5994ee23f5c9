import { type Db, territoryEvents } from "@attain/db";

/** Appends one entry to a plan's history, in the transaction of the change it records. */
export async function recordTerritoryEvent(
  db: Db,
  event: { workspaceId: string; planId: string; actorId: string | null; action: string; detail?: unknown },
): Promise<void> {
  await db.insert(territoryEvents).values({ ...event, detail: event.detail ?? null });
}
