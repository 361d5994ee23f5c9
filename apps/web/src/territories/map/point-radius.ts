export type RadiusRange = { min: number; max: number };

/**
 * Circle radius for an account's potential: the circle's *area* is proportional to the potential (a square-root
 * scale, so a €2M account does not look four times a €1M one), the largest potential gets `max`, and no account
 * is drawn smaller than `min` (zero or unknown potential stays visible). Display only: floats are fine here.
 */
export function radiusForPotential(
  potentials: readonly string[],
  range: RadiusRange,
): (potential: string) => number {
  let largest = 0;
  for (const p of potentials) {
    const value = Number(p);
    if (Number.isFinite(value) && value > largest) largest = value;
  }
  return (potential) => {
    const value = Number(potential);
    if (!(largest > 0) || !Number.isFinite(value) || value <= 0) return range.min;
    return Math.max(range.min, range.max * Math.sqrt(Math.min(value, largest) / largest));
  };
}
