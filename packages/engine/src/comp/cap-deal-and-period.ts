import type { Dec } from "../money/decimal";
import { toDec } from "../money/decimal";
import { ZERO } from "./parse-tier-table";
import type { Caps } from "./plan";

/** An amount of one period, on one transaction (null = not a transaction's, e.g. a true-up). */
export type PeriodAmount = { transactionId: string | null; amount: Dec };

/**
 * One period's amounts after its per-deal and per-period caps, as applyCaps cuts them: each transaction above
 * `perDeal` down to it, then the total above `perPeriod` down to it. 12,000 on one deal, perDeal 10,000 → 10,000.
 */
export function capDealAndPeriod(caps: Caps, amounts: readonly PeriodAmount[]): Dec {
  let total = ZERO;
  for (const a of amounts) total = total.plus(a.amount);
  if (caps.perDeal !== undefined) {
    const cap = toDec(caps.perDeal);
    const deals = new Map<string, Dec>();
    for (const a of amounts) {
      if (a.transactionId !== null)
        deals.set(a.transactionId, (deals.get(a.transactionId) ?? ZERO).plus(a.amount));
    }
    for (const deal of deals.values()) if (deal.gt(cap)) total = total.minus(deal.minus(cap));
  }
  if (caps.perPeriod !== undefined) {
    const cap = toDec(caps.perPeriod);
    if (total.gt(cap)) total = cap;
  }
  return total;
}
