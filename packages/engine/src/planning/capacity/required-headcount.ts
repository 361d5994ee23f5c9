import { Dec, toDec } from "../../money/decimal";
import { divideDec } from "../../money/divide-amount";
import { throwIfIssues } from "../planning-input-error";
import { checkBoundedDecimal } from "../fairness/check-bounded-decimal";
import type { HeadcountRequirement, PlanningIssue } from "../types";

/**
 * Pedowitz's rule of thumb: heads = target ÷ (quota per rep × attainment × utilisation), the ratio rounded up to 4
 * places and to whole heads ("6000000", "800000", "1", "1" → 7.5000, 8). It ignores ramp, attrition and hiring
 * time — planCapacity does not. Throws PlanningInputError for a negative target or a non-positive factor.
 */
export function requiredHeadcount(
  target: string,
  quotaPerRep: string,
  attainment: string,
  utilisation: string,
): HeadcountRequirement {
  const issues: PlanningIssue[] = [];
  const targetIssue = checkBoundedDecimal(target, "The target", "target");
  if (targetIssue) issues.push(targetIssue);
  const factors = { quotaPerRep, attainment, utilisation };
  for (const [field, value] of Object.entries(factors)) {
    const problem = checkBoundedDecimal(
      value,
      `The ${field}`,
      field,
      field === "utilisation" ? { max: "1" } : {},
    );
    if (problem) issues.push(problem);
    else if (toDec(value).isZero())
      issues.push({ code: "bad_factor", message: `The ${field} must be above 0`, field });
  }
  throwIfIssues(issues);
  const perRep = toDec(quotaPerRep).times(attainment).times(utilisation);
  const exact = divideDec(toDec(target), perRep, 4, "up");
  return { exact, heads: new Dec(exact).ceil().toNumber() };
}
