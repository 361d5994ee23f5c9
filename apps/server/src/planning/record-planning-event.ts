import { type Db, planningEvents } from "@attain/db";

/**
 * Appends one entry to a scenario's history (created, assumptions changed, cells edited, submitted, published …).
 * Written in the transaction of the change it records, so history and data never disagree.
 */
export async function recordPlanningEvent(
  db: Db,
  event: {
    workspaceId: string;
    scenarioId: string;
    actorId: string | null;
    action: string;
    detail?: unknown;
  },
): Promise<void> {
  await db.insert(planningEvents).values({ ...event, detail: event.detail ?? null });
}
