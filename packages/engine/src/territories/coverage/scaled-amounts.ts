import { roundTo } from "../../money/index";

// Coverage sums the potential of every account into its leaf and each ancestor: for 100,000 accounts that is half a
// million additions, too slow with decimal.js (≈3 µs to parse a value). Amounts are therefore summed as BigInt
// counts of 10^-scale, exact like decimal.js, and each total is rounded once with the money functions at the end.

const PLAIN_DECIMAL = /^-?\d+(\.\d+)?$/;

export const isPlainDecimal = (text: unknown): text is string =>
  typeof text === "string" && PLAIN_DECIMAL.test(text);

/** Fraction digits as written: "1.50" → 2. */
export function scaleOf(text: string): number {
  const dot = text.indexOf(".");
  return dot === -1 ? 0 : text.length - dot - 1;
}

/** "12.5" at scale 2 → 1250n. `text` is a plain decimal with at most `scale` fraction digits. */
export function toScaled(text: string, scale: number): bigint {
  const dot = text.indexOf(".");
  if (dot === -1) return BigInt(text + "0".repeat(scale));
  return BigInt(text.slice(0, dot) + text.slice(dot + 1).padEnd(scale, "0"));
}

/** 1250n at scale 3 rounded to 2 places, half up → "1.25". */
export function formatScaled(value: bigint, scale: number, places: number): string {
  const negative = value < 0n;
  const digits = (negative ? -value : value).toString().padStart(scale + 1, "0");
  const plain = scale === 0 ? digits : `${digits.slice(0, -scale)}.${digits.slice(-scale)}`;
  return roundTo(negative ? `-${plain}` : plain, places, "half_up");
}
