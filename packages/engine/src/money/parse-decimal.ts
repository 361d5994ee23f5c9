import { formatDec, scaleOf, toDec } from "./decimal";

/**
 * Validates a decimal written in plain notation and returns it canonically: leading zeros dropped, the scale
 * (fraction digits) kept as written, "-0.00" → "0.00". Exponent notation ("1e3"), "NaN", "Infinity", "+1", ".5",
 * "1." and surrounding spaces are rejected with an `EngineInputError`, so a malformed amount never becomes money.
 */
export function parseDecimal(text: string): string {
  return formatDec(toDec(text), scaleOf(text));
}
