import type { CreditLine } from "./calculation";

const byId = (a: CreditLine, b: CreditLine) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

/**
 * The credits dated from `from` to `to` (inclusive), by date then id — the same order as a stable sort on
 * (date, id). Crediting hands them over in transaction id order, so each date's credits are usually in id order
 * already: they are grouped by date (a handful of distinct dates) and only a date whose ids are out of order is
 * sorted, instead of comparing text n log n times.
 */
export function orderCredits(credits: readonly CreditLine[], from: string, to: string): CreditLine[] {
  const inRange: CreditLine[] = [];
  let ordered = true;
  let previous: CreditLine | null = null;
  for (const c of credits) {
    if (c.date < from || c.date > to) continue;
    if (ordered && previous !== null && !inOrder(previous, c)) ordered = false;
    inRange.push(c);
    previous = c;
  }
  if (ordered) return inRange;
  const byDate = new Map<string, CreditLine[]>();
  for (const c of inRange) {
    const list = byDate.get(c.date);
    if (list) list.push(c);
    else byDate.set(c.date, [c]);
  }
  const out: CreditLine[] = [];
  for (const date of [...byDate.keys()].sort()) {
    const list = byDate.get(date) as CreditLine[];
    if (!idsInOrder(list)) list.sort(byId);
    for (const c of list) out.push(c);
  }
  return out;
}

// (date, id) order; the same date is usually the same string, so most pairs compare their ids only.
function inOrder(a: CreditLine, b: CreditLine): boolean {
  if (a.date !== b.date) return a.date < b.date;
  return a.id <= b.id;
}

function idsInOrder(credits: readonly CreditLine[]): boolean {
  for (let i = 1; i < credits.length; i++) {
    if ((credits[i - 1] as CreditLine).id > (credits[i] as CreditLine).id) return false;
  }
  return true;
}
