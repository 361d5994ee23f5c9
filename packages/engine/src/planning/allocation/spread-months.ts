import { apportionUnits } from "../targets/apportion-units";
import { formatUnits } from "../targets/scaled-units";

/**
 * A node's year over its 12 months: `annual` (an integer count of 10^-places) apportioned by `weights` by largest
 * remainder, ties to the earlier month, written with `places` digits. The same rule as apportionUnits; when every
 * product annual × weight stays below 2^53 it runs on plain integers in doubles (exact there: +, × and % of
 * integers below 2^53 are exact), which spares 50,000 people × 12 months of BigInt garbage.
 */
export function spreadMonths(annual: bigint, weights: readonly bigint[], places: number): string[] {
  const { numbers, sum, divisor } = asNumbers(weights);
  if (annual * sum >= 2n ** 53n) return apportionUnits(annual, weights).map((m) => formatUnits(m, places));
  const total = Number(annual);
  const parts = new Array<number>(numbers.length);
  const remainders = new Array<number>(numbers.length);
  let given = 0;
  for (let i = 0; i < numbers.length; i++) {
    const product = total * (numbers[i] ?? 0);
    const remainder = product % divisor;
    const part = (product - remainder) / divisor;
    parts[i] = part;
    remainders[i] = remainder;
    given += part;
  }
  for (let left = total - given; left > 0; left--) {
    let best = -1;
    for (let i = 0; i < remainders.length; i++)
      if (best < 0 || (remainders[i] ?? -1) > (remainders[best] ?? -1)) best = i;
    parts[best] = (parts[best] ?? 0) + 1;
    remainders[best] = -1;
  }
  return parts.map((part) => formatNumberUnits(part, places));
}

// The seasonality is one array shared by every node: its conversion is done once.
const converted = new WeakMap<readonly bigint[], { numbers: number[]; sum: bigint; divisor: number }>();

function asNumbers(weights: readonly bigint[]): { numbers: number[]; sum: bigint; divisor: number } {
  let found = converted.get(weights);
  if (!found) {
    const sum = weights.reduce((total, w) => total + w, 0n);
    found = { numbers: weights.map(Number), sum, divisor: Number(sum) };
    converted.set(weights, found);
  }
  return found;
}

function formatNumberUnits(value: number, places: number): string {
  if (places === 0) return String(value);
  const padded = String(value).padStart(places + 1, "0");
  return `${padded.slice(0, -places)}.${padded.slice(-places)}`;
}
