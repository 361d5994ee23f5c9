import { and, eq, sql } from "drizzle-orm";
import { compAdjustments, type Db } from "@attain/db";
import type { Viewer } from "../../auth/viewer";
import { problems } from "../../http/problem";
import { unprocessable } from "../inputs/unprocessable";
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

/**
 * A comp admin's manual adjustment, with its reason, into a period that is not yet published; never to their own pay.
 * With an Idempotency-Key, a repeat of the same request returns the first adjustment (`created: false`, nothing
 * written); the same key with a different request is a 422.
 */
export async function createAdjustment(
  db: Db,
  viewer: Viewer,
  request: AdjustmentRequest,
  idempotencyKey?: string,
) {
  requireCompAdmin(viewer);
  if (viewer.personId && request.personId === viewer.personId) {
    throw problems.forbidden("You may not adjust your own pay: another comp admin must.");
  }
  const reason = request.reason.trim();
  return db.transaction(async (tx) => {
    if (idempotencyKey !== undefined) {
      // Serialises requests with the same key, so the second one sees the first one's row (the unique index is the backstop).
      await tx.execute(
        sql`select pg_advisory_xact_lock(hashtext(${`${viewer.workspaceId}:${idempotencyKey}`}))`,
      );
      const [first] = await tx
        .select()
        .from(compAdjustments)
        .where(
          and(
            eq(compAdjustments.workspaceId, viewer.workspaceId),
            eq(compAdjustments.idempotencyKey, idempotencyKey),
          ),
        );
      if (first) {
        if (!sameRequest(first, { ...request, reason })) {
          throw unprocessable(
            [{ path: "header.idempotency-key", message: "Already used for a different adjustment request" }],
            "The Idempotency-Key header was already used with a different request body.",
          );
        }
        return { adjustment: toAdjustment(first), created: false };
      }
    }
    const row: AdjustmentRow = await insertAdjustment(tx, {
      ...request,
      reason,
      workspaceId: viewer.workspaceId,
      kind: "manual",
      idempotencyKey: idempotencyKey ?? null,
      actorId: viewer.userId,
    });
    return { adjustment: toAdjustment(row), created: true };
  });
}

function sameRequest(row: AdjustmentRow, request: AdjustmentRequest): boolean {
  return (
    row.kind === "manual" &&
    row.personId === request.personId &&
    row.periodKey === request.periodKey &&
    canonicalDecimal(row.amount) === canonicalDecimal(request.amount) &&
    row.currency === request.currency &&
    row.reason === request.reason
  );
}

/** "012.50" and "12.5" are the same amount (PostgreSQL's numeric keeps neither leading zeros nor, here, the text). */
function canonicalDecimal(value: string): string {
  const negative = value.startsWith("-");
  const [whole = "0", fraction = ""] = value.replace(/^-/, "").split(".");
  const digits = whole.replace(/^0+(?=\d)/, "");
  const rest = fraction.replace(/0+$/, "");
  const canonical = rest ? `${digits}.${rest}` : digits;
  return negative && canonical !== "0" ? `-${canonical}` : canonical;
}
