import type { PlanningIssue } from "../types";
import { checkDecimal } from "./check-decimal";
import { formatUnits, maxPlaces, toUnits } from "./scaled-units";

/**
 * Everything wrong with twelve fiscal-month weights: not 12 of them, not decimals, negative, all zero, or not
 * summing to exactly 1 (0.083333 × 12 = 0.999996 is refused: the months would not add up to the year).
 */
export function checkSeasonality(weights: string[], field = "seasonality"): PlanningIssue[] {
  if (!Array.isArray(weights) || weights.length !== 12)
    return [
      {
        code: "invalid",
        message: `Seasonality needs 12 monthly weights, got ${Array.isArray(weights) ? weights.length : "none"}`,
        field,
      },
    ];
  const issues: PlanningIssue[] = [];
  weights.forEach((w, i) => {
    const issue = checkDecimal(w, `The seasonality weight of fiscal month ${i + 1}`, `${field}[${i}]`);
    if (issue) issues.push(issue);
  });
  if (issues.length > 0) return issues;
  const places = maxPlaces(weights);
  const sum = weights.reduce((total, w) => total + toUnits(w, places), 0n);
  if (sum === 0n)
    return [{ code: "weights_sum_to_zero", message: "The seasonality weights are all 0", field }];
  if (sum !== 10n ** BigInt(places))
    return [
      {
        code: "weights_not_one",
        message: `The seasonality weights must sum to exactly 1, they sum to ${formatUnits(sum, places)}`,
        field,
      },
    ];
  return [];
}
