import { Dec } from "../money/decimal";
import { divideDec } from "../money/divide-amount";
import type { RoundingMode } from "../money/round-amount";

/**
 * An exact fraction: 100,000 × 20 % ÷ 3 months is 6,666.666…, which no decimal holds. Quotas are summed as
 * fractions and divided once, when rounded, so a period's quota is rounded exactly once.
 */
export type Fraction = { num: Dec; den: Dec };

export const ZERO: Fraction = { num: new Dec(0), den: new Dec(1) };

export function fraction(num: Dec, den: Dec | number = 1): Fraction {
  return { num, den: new Dec(den) };
}

export function addFractions(a: Fraction, b: Fraction): Fraction {
  if (a.den.eq(b.den)) return { num: a.num.plus(b.num), den: a.den };
  return { num: a.num.times(b.den).plus(b.num.times(a.den)), den: a.den.times(b.den) };
}

export function scaleFraction(a: Fraction, by: Fraction): Fraction {
  return { num: a.num.times(by.num), den: a.den.times(by.den) };
}

export function roundFraction(a: Fraction, places: number, mode: RoundingMode): string {
  return divideDec(a.num, a.den, places, mode);
}

/** The fraction's value to `digits` places (trace only; the quota itself is rounded by `roundFraction`). */
export function showFraction(a: Fraction, digits = 6): string {
  const shown = divideDec(a.num, a.den, digits, "half_even");
  const exact = a.num.times(new Dec(10).pow(digits)).mod(a.den).isZero();
  return exact ? new Dec(shown).toFixed() : `${shown}…`;
}
