import { and, eq } from "drizzle-orm";
import { compAdjustments, compPeriods, type Db, people } from "@attain/db";
import { problems } from "../../http/problem";
import { movePeriod } from "../workflow/move-period";
import { periodConflict } from "../workflow/period-conflict";
import { recordCompEvent } from "../audit/record-comp-event";

export type NewAdjustment = {
  workspaceId: string;
  personId: string;
  periodKey: string;
  amount: string;
  currency: string;
  reason: string;
  kind: "manual" | "dispute" | "prior_period";
  sourcePeriodKey?: string | null;
  disputeId?: string | null;
  /** A manual adjustment's Idempotency-Key (checked by createAdjustment). */
  idempotencyKey?: string | null;
  actorId: string;
};

export type AdjustmentRow = typeof compAdjustments.$inferSelect;

/**
 * Adds an adjustment to a period that is not yet published: 409 for a published or paid period (corrections go into
 * an open one). An adjustment changes what payroll pays, so a period under review or approved goes back to
 * calculated and its approvals are cleared. Writes the comp_events entry. Call inside a transaction.
 */
export async function insertAdjustment(db: Db, adjustment: NewAdjustment): Promise<AdjustmentRow> {
  const [person] = await db
    .select({ id: people.id })
    .from(people)
    .where(and(eq(people.workspaceId, adjustment.workspaceId), eq(people.id, adjustment.personId)));
  if (!person) throw problems.notFound("The person");
  const [period] = await db
    .select()
    .from(compPeriods)
    .where(
      and(
        eq(compPeriods.workspaceId, adjustment.workspaceId),
        eq(compPeriods.periodKey, adjustment.periodKey),
      ),
    )
    .for("update");
  if (period?.status === "published" || period?.status === "paid") {
    throw periodConflict(adjustment.periodKey, period.status, "adjusted", [
      "open",
      "calculated",
      "in_review",
      "approved",
    ]);
  }
  if (period && ["in_review", "manager_approved", "approved"].includes(period.status)) {
    await movePeriod(db, {
      workspaceId: adjustment.workspaceId,
      periodKey: adjustment.periodKey,
      from: ["in_review", "manager_approved", "approved"],
      to: "calculated",
      actorId: adjustment.actorId,
      action: "adjusted",
      clearApprovals: true,
    });
  }
  const [row] = await db
    .insert(compAdjustments)
    .values({
      workspaceId: adjustment.workspaceId,
      personId: adjustment.personId,
      periodKey: adjustment.periodKey,
      amount: adjustment.amount,
      currency: adjustment.currency,
      reason: adjustment.reason,
      kind: adjustment.kind,
      sourcePeriodKey: adjustment.sourcePeriodKey ?? null,
      disputeId: adjustment.disputeId ?? null,
      idempotencyKey: adjustment.idempotencyKey ?? null,
      createdBy: adjustment.actorId,
    })
    .returning();
  await recordCompEvent(db, {
    workspaceId: adjustment.workspaceId,
    actorId: adjustment.actorId,
    action: "create",
    entity: "adjustment",
    entityId: row!.id,
    before: null,
    after: row,
  });
  return row!;
}
