import { compEvents, type Db } from "@attain/db";

/** Appends one entry to the compensation audit trail: who did what to which record, with before and after. */
export async function recordCompEvent(
  db: Db,
  event: {
    workspaceId: string;
    actorId: string | null;
    action: string;
    entity: string;
    entityId: string;
    before: unknown;
    after: unknown;
  },
): Promise<void> {
  await db.insert(compEvents).values({
    workspaceId: event.workspaceId,
    actorId: event.actorId,
    action: event.action,
    entity: event.entity,
    entityId: event.entityId,
    before: event.before ?? null,
    after: event.after ?? null,
  });
}
