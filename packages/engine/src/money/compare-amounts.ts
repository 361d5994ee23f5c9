import { toDec } from "./decimal";

/** Numeric comparison, scale ignored: compareAmounts("1.50", "1.5") → 0; -1 when a < b, 1 when a > b. */
export function compareAmounts(a: string, b: string): -1 | 0 | 1 {
  const c = toDec(a).comparedTo(toDec(b));
  return c < 0 ? -1 : c > 0 ? 1 : 0;
}

/** True for "0", "0.00", "-0.0". */
export function isZero(value: string): boolean {
  return toDec(value).isZero();
}
