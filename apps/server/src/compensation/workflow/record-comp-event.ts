import { compEvents, type Db } from "@attain/db";

export type CompEvent = {
  workspaceId: string;
  actorId: string | null;
  action: string;
  entity: "period" | "adjustment" | "dispute" | "payout_export";
  entityId: string;
  before: unknown;
  after: unknown;
};

/** Appends one entry to the compensation audit trail (who, what, before and after; `at` is the database's clock). */
export async function recordCompEvent(db: Db, event: CompEvent): Promise<void> {
  await db.insert(compEvents).values({ ...event, before: event.before ?? null, after: event.after ?? null });
}
