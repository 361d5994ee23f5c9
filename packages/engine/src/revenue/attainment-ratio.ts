import type { Dec } from "../money/decimal";
import { toDec } from "../money/decimal";
import { divideDec } from "../money/divide-amount";

/** Internal: bookings / target as a ratio string, 4 places half_even; null when the target is 0. */
export function attainmentOfDec(bookings: Dec, target: Dec): string | null {
  return target.isZero() ? null : divideDec(bookings, target, 4, "half_even");
}

/**
 * Attainment as a ratio (not a percentage): "2000.00" / "4000.00" → "0.5000". Rounded to 4 places half_even,
 * only here, from exact amounts; null when the target is 0 (attainment against nothing is undefined, not 0 or ∞).
 */
export function attainmentRatio(bookings: string, target: string): string | null {
  return attainmentOfDec(toDec(bookings), toDec(target));
}
