import { and, eq, isNull } from "drizzle-orm";
import { type AttainDatabase, compHolds, orderLines } from "@attain/db";
import type { Viewer } from "../../auth/viewer";
import { ApiError, type FieldProblem } from "../../http/problem";
import { recordCompEvent } from "../audit/record-comp-event";
import { requireCompAdmin } from "../workflow/require-comp-admin";
import type { HoldInput, HoldView } from "./hold-schemas";
import { loadPersonNames } from "./load-person-names";
import { toHoldView } from "./to-hold-view";
import { unprocessable } from "./unprocessable";

/**
 * Places a hold on a person, an order line, or a person's credit on one line (comp admins): the person and the line
 * must exist in the workspace (422), and the same target may not hold twice at once (409). Audited in the same
 * transaction.
 */
export async function placeHold(
  database: AttainDatabase,
  viewer: Viewer,
  now: Date,
  input: HoldInput,
): Promise<HoldView> {
  requireCompAdmin(viewer);
  const { workspaceId } = viewer;
  const personId = input.personId ?? null;
  const transactionId = input.transactionId ?? null;
  return database.transaction(async ({ db, sql }) => {
    // One hold writer per workspace at a time, so two requests cannot both place the same hold.
    await sql.query("select pg_advisory_xact_lock(hashtextextended('comp_holds ' || $1, 0))", [workspaceId]);
    const missing: FieldProblem[] = [];
    if (personId && !(await loadPersonNames(db, { workspaceId, personIds: [personId] })).has(personId)) {
      missing.push({ path: "personId", message: "No person with this id in the workspace" });
    }
    if (transactionId) {
      const [line] = await db
        .select({ id: orderLines.id })
        .from(orderLines)
        .where(and(eq(orderLines.workspaceId, workspaceId), eq(orderLines.id, transactionId)));
      if (!line)
        missing.push({ path: "transactionId", message: "No order line with this id in the workspace" });
    }
    if (missing.length > 0) throw unprocessable(missing);
    const [existing] = await db
      .select({ id: compHolds.id })
      .from(compHolds)
      .where(
        and(
          eq(compHolds.workspaceId, workspaceId),
          isNull(compHolds.releasedAt),
          personId ? eq(compHolds.personId, personId) : isNull(compHolds.personId),
          transactionId ? eq(compHolds.transactionId, transactionId) : isNull(compHolds.transactionId),
        ),
      );
    if (existing) {
      throw new ApiError(
        409,
        "Already on hold",
        `Hold ${existing.id} on the same target is still active.`,
        undefined,
        {
          holdId: existing.id,
        },
      );
    }
    const [row] = await db
      .insert(compHolds)
      .values({
        workspaceId,
        personId,
        transactionId,
        reason: input.reason,
        placedBy: viewer.userId,
        placedAt: now,
      })
      .returning();
    const hold = toHoldView(row!);
    await recordCompEvent(db, {
      workspaceId,
      actorId: viewer.userId,
      action: "hold.placed",
      entity: "comp_hold",
      entityId: hold.id,
      before: null,
      after: hold,
    });
    return hold;
  });
}
