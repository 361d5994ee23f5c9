import type { compHolds } from "@attain/db";
import type { HoldView } from "./hold-schemas";

export function toHoldView(row: typeof compHolds.$inferSelect): HoldView {
  return {
    id: row.id,
    personId: row.personId,
    transactionId: row.transactionId,
    reason: row.reason,
    placedBy: row.placedBy,
    placedAt: row.placedAt.toISOString(),
    releasedBy: row.releasedBy,
    releasedAt: row.releasedAt?.toISOString() ?? null,
    active: row.releasedAt === null,
  };
}
