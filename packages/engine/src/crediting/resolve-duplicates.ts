import { Dec, formatDec, scaleOf } from "../money/decimal";
import type { Candidate } from "./candidate";
import type { DuplicateCredit, DuplicatePolicy } from "./types";

/**
 * One credit per person and transaction. When two paths credit the same person, the policy decides:
 * keep_highest = the largest share (the earlier rule on a tie); keep_first_rule = the earliest rule (the
 * transaction's own, territory, relationship, team, rollup); sum = one credit with the shares added, the role
 * and path of the earliest rule followed by "+ …" for each other path. Every case is reported.
 */
export function resolveDuplicates(
  transactionId: string,
  candidates: readonly Candidate[],
  policy: DuplicatePolicy,
): { kept: Candidate[]; duplicates: DuplicateCredit[] } {
  if (allDistinct(candidates)) return { kept: [...candidates], duplicates: [] };
  const byPayee = new Map<string, Candidate[]>();
  for (const c of candidates) {
    const list = byPayee.get(c.payeeId);
    if (list) list.push(c);
    else byPayee.set(c.payeeId, [c]);
  }
  const kept: Candidate[] = [];
  const duplicates: DuplicateCredit[] = [];
  for (const [payeeId, list] of byPayee) {
    const first = list[0];
    if (!first) continue;
    if (list.length === 1) {
      kept.push(first);
      continue;
    }
    const resolved = resolve(list, first, policy);
    kept.push(resolved);
    duplicates.push({
      transactionId,
      payeeId,
      paths: list.map((c) => c.path),
      kept: resolved.path,
      rule: policy,
    });
  }
  return { kept, duplicates };
}

function resolve(list: Candidate[], first: Candidate, policy: DuplicatePolicy): Candidate {
  if (policy === "keep_first_rule") return first;
  if (policy === "keep_highest")
    return list.reduce((best, c) => (c.share.greaterThan(best.share) ? c : best), first);
  const share = list.reduce((sum, c) => sum.plus(c.share), new Dec(0));
  const scale = Math.max(...list.map((c) => scaleOf(c.shareText)));
  const path = [...first.path, ...list.slice(1).map((c) => `+ ${c.path.join(" › ")}`)];
  return { ...first, share, shareText: formatDec(share, scale), path };
}

// The usual case: a handful of candidates, each for a different person (checked pairwise: cheaper than a map).
function allDistinct(candidates: readonly Candidate[]): boolean {
  if (candidates.length > 16) return false;
  for (let i = 1; i < candidates.length; i++) {
    const id = (candidates[i] as Candidate).payeeId;
    for (let j = 0; j < i; j++) if ((candidates[j] as Candidate).payeeId === id) return false;
  }
  return true;
}
