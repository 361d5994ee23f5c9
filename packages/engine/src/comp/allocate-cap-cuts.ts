import type { Dec } from "../money/decimal";
import { toDec } from "../money/decimal";
import { divideDec } from "../money/divide-amount";
import { ZERO } from "./parse-tier-table";

/** What the allocation reads of a line (a draft line's exact amount, or a result line's rounded one). */
export type CapLine = { component: string; kind: string; transactionId: string | null; amount: Dec };

/**
 * A component's period-level cap cuts (per period, per year, TI multiple: cap lines without a transaction) shared
 * out over the transactions it paid this period, pro rata to what each earned after its per-deal cut (positive
 * amounts only, never more than they earned), so each transaction's figure is what it really earned after caps:
 * 12,000 on d1 cut 2,000 by a 10,000 monthly cap → d1 earned 10,000. Shares are rounded half_even to `places`; the
 * transaction with the largest amount takes the remainder, so the shares add up to the cut exactly. A cut larger
 * than the transactions' total (it also cut a true-up) is shared up to that total. Empty when nothing was cut.
 */
export function allocateCapCuts(lines: readonly CapLine[], places: number): Map<string, Dec> {
  const out = new Map<string, Dec>();
  let cut: Map<string, Dec> | null = null;
  for (const line of lines) {
    if (line.kind === "cap" && line.transactionId === null && !line.amount.isZero()) {
      cut ??= new Map();
      cut.set(line.component, (cut.get(line.component) ?? ZERO).plus(line.amount));
    }
  }
  if (cut === null) return out;
  for (const [component, total] of cut) {
    const earned = new Map<string, Dec>();
    for (const line of lines) {
      if (line.component !== component || line.transactionId === null) continue;
      earned.set(line.transactionId, (earned.get(line.transactionId) ?? ZERO).plus(line.amount));
    }
    const weights = [...earned].filter(([, amount]) => amount.gt(0));
    let sum = ZERO;
    for (const [, amount] of weights) sum = sum.plus(amount);
    if (sum.isZero()) continue;
    const magnitude = total.neg().gt(sum) ? sum : total.neg();
    let largest = 0;
    weights.forEach(([, amount], i) => {
      if (amount.gt((weights[largest] as [string, Dec])[1])) largest = i;
    });
    let given = ZERO;
    weights.forEach(([id, amount], i) => {
      if (i === largest) return;
      const share = toDec(divideDec(magnitude.times(amount), sum, places, "half_even"));
      given = given.plus(share);
      out.set(id, (out.get(id) ?? ZERO).minus(share));
    });
    const [id] = weights[largest] as [string, Dec];
    out.set(id, (out.get(id) ?? ZERO).minus(magnitude.minus(given)));
  }
  return out;
}
