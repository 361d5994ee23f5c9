import { divideAmount, isZero, sumAmounts } from "@attain/engine";
import type { Grid, GridRow } from "./schemas";

/** The grid's totals: the target, Σ of every person's annual quota, and their ratio (4 places, half-even). */
export function gridTotals(rows: readonly GridRow[], target: string): Grid["totals"] {
  const totalQuota = sumAmounts(rows.filter((r) => r.kind === "person").map((r) => r.annual));
  return {
    target,
    totalQuota,
    overAssignment: isZero(target) ? "0.0000" : divideAmount(totalQuota, target, 4, "half_even"),
  };
}
