import { Dec, toDec } from "../../money/decimal";
import { roundDec } from "../../money/round-amount";
import { checkBoundedDecimal } from "../fairness/check-bounded-decimal";
import { throwIfIssues } from "../planning-input-error";
import { Precise } from "./precise";

/** Monthly survival s = (1 − a)^(1/12) for annual attrition a (0 ≤ a < 1), to 40 significant digits. */
export function monthlySurvival(annualAttrition: string): Precise {
  const keep = new Precise(1).minus(toDec(annualAttrition).toString());
  return keep.equals(1) ? new Precise(1) : keep.pow(new Precise(1).div(12));
}

/** Monthly attrition 1 − (1 − a)^(1/12), for display: "0.2" → "0.01842347" (8 places, half-even). */
export function monthlyAttritionRate(annualAttrition: string): string {
  const issue = checkBoundedDecimal(annualAttrition, "The annual attrition", "attrition", {
    max: "1",
    maxExclusive: true,
  });
  throwIfIssues(issue ? [issue] : []);
  const rate = new Precise(1).minus(monthlySurvival(annualAttrition));
  return roundDec(new Dec(rate.toString()), 8, "half_even");
}

/** s^0 … s^(count − 1) as Decs: the expected share of a head still there e months after the plan starts. */
export function survivalPowers(annualAttrition: string, count: number): Dec[] {
  const s = monthlySurvival(annualAttrition);
  return Array.from({ length: count }, (_, e) => new Dec(s.pow(e).toString()));
}
