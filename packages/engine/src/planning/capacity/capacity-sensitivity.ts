import { formatDec, toDec } from "../../money/decimal";
import type { CapacityInput, CapacityPlan, CapacityVariation, SensitivityRow } from "../types";
import { applyVariation, variationLabel } from "./apply-variation";
import { planCapacity } from "./plan-capacity";

const hireCount = (plan: CapacityPlan) => plan.hires.reduce((sum, hire) => sum + hire.count, 0);

/**
 * The plan re-run with each variation applied to every role (attrition +5 points, ramp one month longer,
 * productivity × 0.9, lead time +1 month, …): total capacity and hires, and their change from the base plan.
 * Since each plan hires to reach the year's target, a worse assumption mostly shows as more hires (or as
 * shortfalls when hiring cannot make up for it), not as less capacity.
 */
export function capacitySensitivity(
  input: CapacityInput,
  variations: readonly CapacityVariation[],
): SensitivityRow[] {
  const base = planCapacity(input);
  const places = input.places ?? 2;
  return variations.map((variation) => {
    const plan = planCapacity(applyVariation(input, variation));
    return {
      variation,
      label: variationLabel(variation),
      totalCapacity: plan.totalCapacity,
      capacityDelta: formatDec(toDec(plan.totalCapacity).minus(toDec(base.totalCapacity)), places),
      hires: hireCount(plan),
      hiresDelta: hireCount(plan) - hireCount(base),
      shortfallMonths: plan.shortfalls.length,
    };
  });
}
