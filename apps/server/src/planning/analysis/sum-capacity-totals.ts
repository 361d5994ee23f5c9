import { Decimal } from "decimal.js";
import type { CapacityRolePlan, Requisition } from "@attain/engine";

const HEAD_PLACES = 4;

export type CapacityTotalsMonth = {
  month: string;
  /** Σ over roles of expected heads and of ramped heads (each role's as shown, 4 places). */
  heads: string;
  rampedHeads: string;
  /** Planned hires of every role that start this month. */
  starts: number;
};

export type CapacityTotals = {
  months: CapacityTotalsMonth[];
  /** Every role's requisitions, by open month then role. */
  requisitions: Requisition[];
  hires: number;
  currentHeads: number;
};

/**
 * Heads and hires added up across roles. Capacity and target are not: a coverage role counts heads, and an overlay
 * role's capacity supports the same bookings the AEs sell, so summing them would count those bookings twice.
 */
export function sumCapacityTotals(
  months: readonly string[],
  roles: readonly (Pick<CapacityRolePlan, "months" | "hires"> & { currentHeads: number })[],
): CapacityTotals {
  const requisitions = roles
    .flatMap((role) => role.hires)
    .sort((a, b) => a.openMonth.localeCompare(b.openMonth) || a.role.localeCompare(b.role));
  return {
    months: months.map((month, t) => {
      const sum = (pick: (row: CapacityRolePlan["months"][number]) => string) =>
        roles
          .reduce((total, role) => {
            const row = role.months[t];
            return row === undefined ? total : total.plus(pick(row));
          }, new Decimal(0))
          .toFixed(HEAD_PLACES);
      return {
        month,
        heads: sum((row) => row.heads),
        rampedHeads: sum((row) => row.rampedHeads),
        starts: requisitions
          .filter((hire) => hire.startMonth === month)
          .reduce((n, hire) => n + hire.count, 0),
      };
    }),
    requisitions,
    hires: requisitions.reduce((n, hire) => n + hire.count, 0),
    currentHeads: roles.reduce((n, role) => n + role.currentHeads, 0),
  };
}
