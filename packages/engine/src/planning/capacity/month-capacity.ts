import { Dec } from "../../money/decimal";

/** Heads are shown, and used, to 4 places. */
export const HEAD_PLACES = 4;

export type RoleRates = { productivity: Dec; utilisation: Dec; places: number };

/** Heads rounded to 4 places, half-even (expected heads are fractional: 0.8^(1/12) has no decimal form). */
export function roundHeads(value: Dec): Dec {
  return value.toDecimalPlaces(HEAD_PLACES, Dec.ROUND_HALF_EVEN);
}

/**
 * A month's bookings capacity = ramped heads (as shown, 4 places) × productivity × utilisation, rounded half-even to
 * `places`. Computed from the rounded heads so that anyone can redo the product from the figures on the page.
 */
export function monthCapacity(ramped: Dec, rates: RoleRates): Dec {
  return roundHeads(ramped)
    .times(rates.productivity)
    .times(rates.utilisation)
    .toDecimalPlaces(rates.places, Dec.ROUND_HALF_EVEN);
}

/** Cumulative target − cumulative capacity at the end of each month (> 0: behind). */
export function cumulativeGaps(ramped: readonly Dec[], targets: readonly Dec[], rates: RoleRates): Dec[] {
  let gap = new Dec(0);
  return ramped.map((value, t) => {
    gap = gap.plus(targets[t] as Dec).minus(monthCapacity(value, rates));
    return gap;
  });
}
