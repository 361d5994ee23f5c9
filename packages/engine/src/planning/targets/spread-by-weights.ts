import { scaleOf } from "../../money/decimal";
import { throwIfIssues } from "../planning-input-error";
import type { PlanningIssue } from "../types";
import { apportionUnits } from "./apportion-units";
import { checkDecimal } from "./check-decimal";
import { checkUnit, isMultipleOf } from "./check-unit";
import { formatUnits, maxPlaces, significantPlaces, toUnits } from "./scaled-units";

/**
 * Splits `total` into parts proportional to `weights`, each a multiple of `unit`, summing to `total` exactly:
 * total ÷ unit whole units are apportioned by largest remainder, ties to the earlier weight (apportionUnits).
 * spreadByWeights("100", ["1", "1", "1"], "1") → ["34", "33", "33"]. Parts are written with the unit's places.
 */
export function spreadByWeights(total: string, weights: string[], unit: string): string[] {
  const issues: PlanningIssue[] = [];
  const totalIssue = checkDecimal(total, "The total", "total");
  const unitIssue = checkUnit(unit);
  if (totalIssue) issues.push(totalIssue);
  if (unitIssue) issues.push(unitIssue);
  if (!totalIssue && !unitIssue && !isMultipleOf(total, unit))
    issues.push({
      code: "bad_unit",
      message: `The total ${total} is not a whole number of the unit ${unit}`,
      field: "total",
    });
  issues.push(...checkWeights(weights, "weights"));
  throwIfIssues(issues);

  const unitPlaces = significantPlaces(unit);
  const unitUnits = toUnits(unit, unitPlaces);
  const weightPlaces = maxPlaces(weights);
  const parts = apportionUnits(
    toUnits(total, unitPlaces) / unitUnits,
    weights.map((w) => toUnits(w, weightPlaces)),
  );
  const shown = Math.max(scaleOf(unit), unitPlaces);
  return parts.map((part) => formatUnits(part * unitUnits * 10n ** BigInt(shown - unitPlaces), shown));
}

/** Issues with a list of weights: each a decimal ≥ 0, at least one, not all 0. */
export function checkWeights(weights: readonly string[], field: string, nodeId?: string): PlanningIssue[] {
  if (!Array.isArray(weights) || weights.length === 0)
    return [{ code: "weights_sum_to_zero", message: "There are no weights to spread by", field }];
  const issues: PlanningIssue[] = [];
  weights.forEach((w, i) => {
    const issue = checkDecimal(w, `Weight ${i + 1}`, `${field}[${i}]`, nodeId);
    if (issue) issues.push(issue);
  });
  if (issues.length === 0 && weights.every((w) => !/[1-9]/.test(w)))
    issues.push({
      code: "weights_sum_to_zero",
      message: `The weights sum to zero (${weights.join(", ")}): at least one must be above 0`,
      field,
      ...(nodeId === undefined ? {} : { nodeId }),
    });
  return issues;
}
