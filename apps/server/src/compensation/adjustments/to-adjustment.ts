import type { AdjustmentRow } from "./insert-adjustment";

export type Adjustment = {
  id: string;
  personId: string;
  periodKey: string;
  amount: string;
  currency: string;
  reason: string;
  kind: "manual" | "dispute" | "prior_period";
  sourcePeriodKey: string | null;
  disputeId: string | null;
  createdBy: string | null;
  createdAt: string;
};

/** The API shape of an adjustment row. */
export function toAdjustment(row: AdjustmentRow): Adjustment {
  return {
    id: row.id,
    personId: row.personId,
    periodKey: row.periodKey,
    amount: row.amount,
    currency: row.currency,
    reason: row.reason,
    kind: row.kind,
    sourcePeriodKey: row.sourcePeriodKey,
    disputeId: row.disputeId,
    createdBy: row.createdBy,
    createdAt: row.createdAt.toISOString(),
  };
}
