import { roundTo, sumAmounts } from "@attain/engine";

/** The exact sum of decimal-string potentials, rounded half-up to cents (the unit the API shows potentials in). */
export function sumPotentials(values: readonly string[]): string {
  return roundTo(sumAmounts(values), 2, "half_up");
}
