import { Dec, formatDec, scaleOf, toDec } from "./decimal";

/**
 * Exact sum. The result keeps the largest scale of the inputs, as PostgreSQL `numeric` does, so an engine sum and a
 * SQL `sum()` of the same rows are the same string: ["1.50", "2.5", "3"] → "7.00". An empty list sums to "0".
 */
export function sumAmounts(values: readonly string[]): string {
  let total = new Dec(0);
  let scale = 0;
  for (const value of values) {
    total = total.plus(toDec(value));
    scale = Math.max(scale, scaleOf(value));
  }
  return formatDec(total, scale);
}

/** Exact `a − b`, with the larger scale of the two: subtractAmounts("10.00", "0.5") → "9.50". */
export function subtractAmounts(a: string, b: string): string {
  return formatDec(toDec(a).minus(toDec(b)), Math.max(scaleOf(a), scaleOf(b)));
}
