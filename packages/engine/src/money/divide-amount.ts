import { EngineInputError } from "../errors";
import { Dec, toDec } from "./decimal";
import { checkPlaces, type RoundingMode, roundDec } from "./round-amount";

/**
 * `value / by` rounded to `places` digits in the named direction — exactly, even for ties hidden far beyond any
 * working precision (1/3 never becomes 0.3333…4). How: the truncated integer quotient q of value·10^places by `by`
 * and its remainder r are exact; where the true quotient lies between q and q±1 (below, at or above the half) is
 * decided by comparing 2|r| with |by|, and a stand-in q ± 0.25 / 0.5 / 0.75 is then rounded by the same code as
 * every other rounding, so the seven modes cannot drift apart. Division by zero throws.
 */
export function divideAmount(value: string, by: string, places: number, mode: RoundingMode): string {
  return divideDec(toDec(value), toDec(by), places, mode);
}

/** Internal: `divideAmount` on Decs. */
export function divideDec(dividend: Dec, divisor: Dec, places: number, mode: RoundingMode): string {
  checkPlaces(places);
  if (divisor.isZero())
    throw new EngineInputError(`Division by zero: ${dividend.toFixed()} / 0`, divisor.toFixed());
  const shift = new Dec(`1e${places}`);
  const unshift = new Dec(`1e-${places}`);
  const numerator = dividend.times(shift);
  const q = numerator.divToInt(divisor);
  const r = numerator.minus(q.times(divisor));
  if (r.isZero()) return roundDec(q.times(unshift), places, mode);
  const half = r.abs().times(2).comparedTo(divisor.abs());
  const fraction = half < 0 ? "0.25" : half === 0 ? "0.5" : "0.75";
  const negative = numerator.isNegative() !== divisor.isNegative();
  const standIn = negative ? q.minus(fraction) : q.plus(fraction);
  return roundDec(standIn.times(unshift), places, mode);
}
