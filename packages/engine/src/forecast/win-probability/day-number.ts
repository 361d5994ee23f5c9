import { daysBetween } from "../../calendar/dates";

const cache = new Map<string, number>();

/**
 * Days since 1970-01-01, memoised: scoring a million deals asks for the same few hundred dates again and again, and
 * parsing each time was most of the cost. Differences of day numbers are `daysBetween`.
 */
export function dayNumber(date: string): number {
  let value = cache.get(date);
  if (value === undefined) {
    value = daysBetween("1970-01-01", date);
    if (cache.size > 100_000) cache.clear();
    cache.set(date, value);
  }
  return value;
}
