import Decimal from "decimal.js";
import { EngineInputError } from "../errors";

/**
 * The engine's private decimal type. A clone, so no other code's `Decimal.set` can change our precision.
 * Precision is the maximum (1e9 significant digits): plus, minus and times are then exact for any real amount,
 * and the cap costs nothing because decimal.js only stores the digits a value has. Division is never done with
 * `div` (which would round at `precision`); see `divideAmount`.
 */
export const Dec = Decimal.clone({
  precision: 1e9,
  rounding: Decimal.ROUND_HALF_EVEN,
  toExpNeg: -9e15,
  toExpPos: 9e15,
});
export type Dec = InstanceType<typeof Dec>;

// Plain decimals only: optional minus, digits, optional fraction. No exponent, no "+", no ".5", no "1.", no spaces.
const PLAIN_DECIMAL = /^-?\d+(\.\d+)?$/;

/** Digits after the decimal point as written ("1.50" → 2), which decimal.js forgets. */
export function scaleOf(text: string): number {
  const dot = text.indexOf(".");
  return dot === -1 ? 0 : text.length - dot - 1;
}

/** Validates `text` as a plain decimal and returns it as a Dec. */
export function toDec(text: string): Dec {
  if (typeof text !== "string" || !PLAIN_DECIMAL.test(text)) {
    throw new EngineInputError(
      `Not a plain decimal number: ${JSON.stringify(text)} (expected digits with an optional "-" and fraction, e.g. "-12.50")`,
      text,
    );
  }
  return new Dec(text);
}

/** Writes `value` with exactly `places` fraction digits; never "-0.00". `value` must already fit in `places`. */
export function formatDec(value: Dec, places: number): string {
  return value.isZero() ? new Dec(0).toFixed(places) : value.toFixed(places);
}
