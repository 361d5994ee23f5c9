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

/**
 * Internal: a path shared by every credit that takes it, frozen so no credit can change another's. Paths are
 * built once per rule, share or manager, not once per credit.
 */
export function frozenPath(path: string[]): string[] {
  Object.freeze(path);
  return path;
}

export const OWNER_PATH = frozenPath(["owner"]);

const sharePaths = new Map<string, string[]>();

/** The frozen path `["split 60%"]` / `["overlay 50%"]` of a transaction's own split or overlay. */
export function sharePath(kind: "split" | "overlay", shareText: string): string[] {
  const key = `${kind}\u0000${shareText}`;
  let path = sharePaths.get(key);
  if (!path) {
    path = frozenPath([`${kind} ${percentOf(shareText)}`]);
    if (sharePaths.size > 10_000) sharePaths.clear();
    sharePaths.set(key, path);
  }
  return path;
}

const extended = new WeakMap<string[], Map<string, string[]>>();

/** The frozen path `[...path, step]`, shared by every credit that takes the same step from the same path. */
export function extendPath(path: string[], step: string): string[] {
  if (!Object.isFrozen(path)) return [...path, step];
  let next = extended.get(path);
  if (!next) {
    next = new Map();
    extended.set(path, next);
  }
  let out = next.get(step);
  if (!out) {
    out = frozenPath([...path, step]);
    next.set(step, out);
  }
  return out;
}
