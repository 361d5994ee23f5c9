import type { Db } from "@attain/db";
import type { Viewer } from "../../auth/viewer";
import { problems } from "../../http/problem";
import { requireCompAdmin } from "../workflow/require-comp-admin";
import { type AdjustmentRow, insertAdjustment } from "./insert-adjustment";
import { toAdjustment } from "./to-adjustment";

export type AdjustmentRequest = {
  personId: string;
  periodKey: string;
  amount: string;
  currency: string;
  reason: string;
};

/** A comp admin's manual adjustment, with its reason, into a period that is not yet published; never to their own pay. */
export async function createAdjustment(db: Db, viewer: Viewer, request: AdjustmentRequest) {
  requireCompAdmin(viewer);
  if (viewer.personId && request.personId === viewer.personId) {
    throw problems.forbidden("You may not adjust your own pay: another comp admin must.");
  }
  const row: AdjustmentRow = await db.transaction((tx) =>
    insertAdjustment(tx, {
      ...request,
      reason: request.reason.trim(),
      workspaceId: viewer.workspaceId,
      kind: "manual",
      actorId: viewer.userId,
    }),
  );
  return toAdjustment(row);
}
