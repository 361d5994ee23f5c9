import { compEvents, type Db } from "@attain/db";

export type CompEvent = {
  workspaceId: string;
  actorId: string | null;
  action: string;
  entity: string;
  entityId: string;
  before: unknown;
  after: unknown;
};

/**
 * Appends one entry to the compensation audit trail: who did what to which record, with before and after.
 * `at` is the database's clock and `seq` its order, so events written in one transaction keep their sequence.
 */
export async function recordCompEvent(db: Db, event: CompEvent): Promise<void> {
  await db.insert(compEvents).values({ ...event, before: event.before ?? null, after: event.after ?? null });
}
