import type { PlanningIssue } from "../types";
import { checkDecimal } from "./check-decimal";
import { isNegativeText, significantPlaces, toUnits } from "./scaled-units";

/** The issue with a rounding unit, or null: it must be a decimal above 0 ("1000", "0.01"). */
export function checkUnit(unit: unknown, field = "unit"): PlanningIssue | null {
  const issue = checkDecimal(unit, "The rounding unit", field);
  if (issue) return { ...issue, code: "bad_unit" };
  const text = String(unit);
  if (isNegativeText(text) || toUnits(text, significantPlaces(text)) === 0n)
    return { code: "bad_unit", message: `The rounding unit must be above 0, got ${text}`, field };
  return null;
}

/** True when a valid amount is a whole number of a valid unit ("12000" of "1000" yes, "12500" no). */
export function isMultipleOf(amount: string, unit: string): boolean {
  const scale = Math.max(significantPlaces(amount), significantPlaces(unit));
  return toUnits(amount, scale) % toUnits(unit, scale) === 0n;
}
