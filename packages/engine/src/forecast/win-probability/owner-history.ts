/** A closed deal as far as its owner's track record goes. */
export type OwnerClosedDeal = { ownerId: string | null; closeDate: string; won: boolean };

export type OwnerRecord = { winRate: number; deals: number };

/**
 * The owner's record from deals closed strictly before a day, so a training state never sees its own outcome or
 * any later one (no leakage). The rate is Laplace-smoothed, (wins + 1) / (deals + 2), so a new rep starts at ½.
 */
export function createOwnerHistory(
  closed: readonly OwnerClosedDeal[],
): (ownerId: string | null, on: string) => OwnerRecord {
  const byOwner = new Map<string, { dates: string[]; wins: number[] }>();
  const sorted = closed
    .filter((deal) => deal.ownerId !== null)
    .sort((a, b) => (a.closeDate < b.closeDate ? -1 : a.closeDate > b.closeDate ? 1 : 0));
  for (const deal of sorted) {
    const key = deal.ownerId as string;
    let entry = byOwner.get(key);
    if (!entry) {
      entry = { dates: [], wins: [0] };
      byOwner.set(key, entry);
    }
    entry.dates.push(deal.closeDate);
    entry.wins.push((entry.wins[entry.wins.length - 1] ?? 0) + (deal.won ? 1 : 0));
  }
  return (ownerId, on) => {
    const entry = ownerId === null ? undefined : byOwner.get(ownerId);
    if (!entry) return { winRate: 0.5, deals: 0 };
    // First index whose close date is on or after `on`: the count of deals closed before it.
    let low = 0;
    let high = entry.dates.length;
    while (low < high) {
      const middle = (low + high) >> 1;
      if ((entry.dates[middle] as string) < on) low = middle + 1;
      else high = middle;
    }
    const wins = entry.wins[low] ?? 0;
    return { winRate: (wins + 1) / (low + 2), deals: low };
  };
}
