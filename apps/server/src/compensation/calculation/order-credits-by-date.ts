import type { CreditLine } from "@attain/engine";

const byId = (a: CreditLine, b: CreditLine) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

/**
 * A payee's credits by date, then id (in place; the order the engine and the input fingerprint use). Crediting
 * hands them over in transaction id order, so each date's credits are usually in id order already: they are grouped
 * by date (a quarter has ~90) and only a date whose ids are out of order is sorted — the same order as a sort on
 * (date, id), without comparing text n log n times.
 */
export function orderCreditsByDate(credits: CreditLine[]): CreditLine[] {
  const byDate = new Map<string, CreditLine[]>();
  for (const credit of credits) {
    const list = byDate.get(credit.date);
    if (list) list.push(credit);
    else byDate.set(credit.date, [credit]);
  }
  let at = 0;
  for (const date of [...byDate.keys()].sort()) {
    const list = byDate.get(date) as CreditLine[];
    if (!idsAscending(list)) list.sort(byId);
    for (const credit of list) credits[at++] = credit;
  }
  return credits;
}

function idsAscending(credits: readonly CreditLine[]): boolean {
  for (let i = 1; i < credits.length; i++)
    if ((credits[i - 1] as CreditLine).id > (credits[i] as CreditLine).id) return false;
  return true;
}
