import { compareAmounts, divideAmount, sumAmounts } from "@attain/engine";
import type { QuotaTransfer } from "./add-quota-transfers";

export type OwnerChange = { accountId: string; fromOwnerId: string; toOwnerId: string; potential: string };

/** Places of a transfer share: a millionth of a quota is below any currency's cent on realistic quotas. */
const SHARE_PLACES = 6;

/**
 * One quota transfer per (old owner → new owner) pair of moved accounts: the share of the old owner's quota that
 * goes with them = the moved accounts' potential ÷ the old owner's total potential before the move (rounded half-up
 * to 6 places), from the plan's first month. An old owner without potential gives no transfer (nothing to share by).
 */
export function computeQuotaTransfers(params: {
  changes: readonly OwnerChange[];
  potentialByOwner: ReadonlyMap<string, string>;
  effectiveMonth: string;
  reason: string;
}): QuotaTransfer[] {
  const pairs = new Map<string, OwnerChange[]>();
  for (const c of params.changes) {
    if (c.fromOwnerId === c.toOwnerId) continue;
    const key = `${c.fromOwnerId}>${c.toOwnerId}`;
    pairs.set(key, [...(pairs.get(key) ?? []), c]);
  }
  return [...pairs.values()]
    .flatMap((list) => {
      const first = list[0]!;
      const total = params.potentialByOwner.get(first.fromOwnerId) ?? "0";
      if (compareAmounts(total, "0") <= 0) return [];
      const moved = sumAmounts(list.map((c) => c.potential));
      return [
        {
          fromNodeId: `person:${first.fromOwnerId}`,
          toNodeId: `person:${first.toOwnerId}`,
          effectiveMonth: params.effectiveMonth,
          share: divideAmount(moved, total, SHARE_PLACES, "half_up"),
          reason: `${params.reason}: ${list.length} account${list.length === 1 ? "" : "s"}, potential ${moved} of ${total}`,
        },
      ];
    })
    .sort((a, b) => a.fromNodeId.localeCompare(b.fromNodeId) || a.toNodeId.localeCompare(b.toNodeId));
}
