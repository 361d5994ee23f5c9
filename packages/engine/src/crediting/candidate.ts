import type { CreditRole } from "../comp/plan";
import { type Dec, toDec } from "../money/decimal";

/** A credit before duplicates are resolved; candidates are listed in rule order (keep_first_rule follows it). */
export type Candidate = { payeeId: string; role: CreditRole; share: Dec; shareText: string; path: string[] };

// A run sees a handful of distinct shares a million times: parse and print each once. Bounded, so a run with
// arbitrary shares cannot grow it without limit.
const parsed = new Map<string, { share: Dec; percent: string }>();

function readShare(text: string): { share: Dec; percent: string } {
  const known = parsed.get(text);
  if (known) return known;
  const share = toDec(text);
  const entry = { share, percent: `${share.times(100).toFixed()}%` };
  if (parsed.size > 10_000) parsed.clear();
  parsed.set(text, entry);
  return entry;
}

/** "0.6" → "60%", "0.333333" → "33.3333%": shares as people read them in a path. */
export function percentOf(shareText: string): string {
  return readShare(shareText).percent;
}

export function candidate(payeeId: string, role: CreditRole, shareText: string, path: string[]): Candidate {
  return { payeeId, role, share: readShare(shareText).share, shareText, path };
}
