import { and, eq } from "drizzle-orm";
import { type AttainDatabase, compHolds } from "@attain/db";
import type { Viewer } from "../../auth/viewer";
import { ApiError, problems } from "../../http/problem";
import { recordCompEvent } from "../audit/record-comp-event";
import { requireCompAdmin } from "../workflow/require-comp-admin";
import type { HoldView } from "./hold-schemas";
import { toHoldView } from "./to-hold-view";

/** Releases a hold (comp admins): its pay flows again from the next calculation. A hold is released once (409). */
export async function releaseHold(
  database: AttainDatabase,
  viewer: Viewer,
  now: Date,
  holdId: string,
): Promise<HoldView> {
  requireCompAdmin(viewer);
  const { workspaceId } = viewer;
  return database.transaction(async ({ db }) => {
    const [current] = await db
      .select()
      .from(compHolds)
      .where(and(eq(compHolds.workspaceId, workspaceId), eq(compHolds.id, holdId)))
      .for("update");
    if (!current) throw problems.notFound("The hold");
    const before = toHoldView(current);
    if (before.releasedAt !== null) {
      throw new ApiError(
        409,
        "Already released",
        `Hold ${holdId} was released at ${before.releasedAt}; a hold is released once.`,
        undefined,
        { releasedAt: before.releasedAt, releasedBy: before.releasedBy },
      );
    }
    const [row] = await db
      .update(compHolds)
      .set({ releasedBy: viewer.userId, releasedAt: now })
      .where(eq(compHolds.id, holdId))
      .returning();
    const after = toHoldView(row!);
    await recordCompEvent(db, {
      workspaceId,
      actorId: viewer.userId,
      action: "hold.released",
      entity: "comp_hold",
      entityId: holdId,
      before,
      after,
    });
    return after;
  });
}
