import { isValidDate } from "../calendar/dates";
import { EngineInputError } from "../errors";
import { toDec } from "../money/decimal";
import type { ExchangeRate } from "./types";

/**
 * Indexes exchange rates by currency pair, sorted by `validFrom`, and returns a lookup of the rate into `to` that
 * applies on a date (the latest `validFrom` on or before it), or null when none does. Rates are never inverted:
 * 1 / rate is not exact. A malformed rate row is the caller's input error and throws, naming the row.
 */
export function createRateLookup(
  rates: readonly ExchangeRate[],
  to: string,
): (from: string, date: string) => string | null {
  const byPair = new Map<string, { validFrom: string; rate: string }[]>();
  rates.forEach((row, i) => {
    const rate = toDec(row.rate);
    if (!rate.greaterThan(0) || !isValidDate(row.validFrom)) {
      throw new EngineInputError(
        `Exchange rate row ${i}: a positive rate and a YYYY-MM-DD validFrom are required`,
        row,
      );
    }
    if (row.to !== to) return;
    const list = byPair.get(row.from) ?? [];
    list.push({ validFrom: row.validFrom, rate: row.rate });
    byPair.set(row.from, list);
  });
  for (const list of byPair.values())
    list.sort((a, b) => (a.validFrom < b.validFrom ? -1 : a.validFrom > b.validFrom ? 1 : 0));
  const memo = new Map<string, string | null>();
  return (from, date) => {
    const key = `${from}\u0000${date}`;
    const known = memo.get(key);
    if (known !== undefined) return known;
    const list = byPair.get(from) ?? [];
    // Binary search for the last validFrom ≤ date.
    let lo = 0;
    let hi = list.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if ((list[mid]?.validFrom ?? "") <= date) lo = mid + 1;
      else hi = mid;
    }
    const found = lo > 0 ? (list[lo - 1]?.rate ?? null) : null;
    memo.set(key, found);
    return found;
  };
}
