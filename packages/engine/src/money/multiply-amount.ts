import { formatDec, scaleOf, toDec } from "./decimal";

/** Exact product; scale is the sum of the scales, as in PostgreSQL: multiplyAmount("12.50", "0.1") → "1.250". */
export function multiplyAmount(value: string, by: string): string {
  return formatDec(toDec(value).times(toDec(by)), scaleOf(value) + scaleOf(by));
}
