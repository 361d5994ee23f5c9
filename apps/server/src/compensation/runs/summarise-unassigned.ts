import type { UnassignedCredit } from "@attain/engine";

export type UnassignedSummary = {
  /** The person the credit would have gone to (null = no rule credited anyone). */
  payeeId: string | null;
  reason: string;
  transactionCount: number;
  /** The first transactions (by id), up to 20; the count is complete. */
  transactionIds: string[];
};

const SAMPLE = 20;

/**
 * Unassigned credits grouped by the person they would have gone to: a count of every transaction and a sample of
 * ids, so a run over a million lines stores a few rows per person without a plan, yet none is left uncounted.
 */
export function summariseUnassigned(unassigned: readonly UnassignedCredit[]): UnassignedSummary[] {
  const groups = new Map<string, UnassignedSummary>();
  for (const credit of unassigned) {
    const key = credit.payeeId ?? "";
    const group = groups.get(key);
    if (group) {
      group.transactionCount += 1;
      if (group.transactionIds.length < SAMPLE) group.transactionIds.push(credit.transactionId);
      continue;
    }
    groups.set(key, {
      payeeId: credit.payeeId,
      reason: credit.payeeId ? credit.reason.replace(/ \(.*\)$/, "") || "no plan" : credit.reason,
      transactionCount: 1,
      transactionIds: [credit.transactionId],
    });
  }
  return [...groups.values()].sort(
    (a, b) => b.transactionCount - a.transactionCount || String(a.payeeId).localeCompare(String(b.payeeId)),
  );
}
