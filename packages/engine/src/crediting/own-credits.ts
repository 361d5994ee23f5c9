import { Dec, toDec } from "../money/decimal";
import { type Candidate, candidate, OWNER_PATH, sharePath } from "./candidate";
import type { CreditingError, Transaction, UnassignedCredit } from "./types";

const PLAIN = /^\d+(\.\d+)?$/;

/**
 * The transaction's own crediting: its "split" splits (shares summing to exactly 1) or else 100 % to its owner,
 * plus its overlays on top. Split shares that do not sum to 1, or a person listed twice in one role, are an error
 * naming the transaction (and the person): crediting it anyway would create or lose credit.
 */
export function ownCredits(tx: Transaction): {
  candidates: Candidate[];
  error: CreditingError | null;
  unassigned: UnassignedCredit | null;
} {
  const bad = tx.splits.find((s) => !PLAIN.test(s.share) || toDec(s.share).isZero());
  if (bad) {
    const message = `split share of ${bad.personId} must be a decimal above 0, got ${JSON.stringify(bad.share)}`;
    return { candidates: [], error: { transactionId: tx.id, field: "splits", message }, unassigned: null };
  }
  // The same person twice in one role would be resolved as a duplicate and silently lose the other share.
  const seen = new Set<string>();
  for (const s of tx.splits.length > 1 ? tx.splits : []) {
    const key = `${s.role}\u0000${s.personId}`;
    if (seen.has(key)) {
      const message = `${s.personId} is listed more than once as ${s.role} of transaction ${tx.id}: list each person once, with the shares added`;
      return { candidates: [], error: { transactionId: tx.id, field: "splits", message }, unassigned: null };
    }
    seen.add(key);
  }
  const splits = tx.splits.filter((s) => s.role === "split");
  const candidates: Candidate[] = [];
  let unassigned: UnassignedCredit | null = null;
  if (splits.length > 0) {
    const total = splits.reduce((sum, s) => sum.plus(toDec(s.share)), new Dec(0));
    if (!total.eq(1)) {
      const message = `split shares of transaction ${tx.id} sum to ${total.toFixed()}, not 1`;
      return { candidates: [], error: { transactionId: tx.id, field: "splits", message }, unassigned: null };
    }
    for (const s of splits)
      candidates.push(candidate(s.personId, "split", s.share, sharePath("split", s.share)));
  } else if (tx.ownerId !== null) {
    candidates.push(candidate(tx.ownerId, "direct", "1", OWNER_PATH));
  } else {
    unassigned = {
      transactionId: tx.id,
      payeeId: null,
      reason: "no owner and no split: the primary credit has nobody",
    };
  }
  for (const s of tx.splits) {
    if (s.role === "overlay")
      candidates.push(candidate(s.personId, "overlay", s.share, sharePath("overlay", s.share)));
  }
  return { candidates, error: null, unassigned };
}
