import { divideAmount } from "@attain/engine";
import type { QuotaPolicy } from "./load-quota-policy";

/** Places of a default ramp step with no exact decimal form (1/3 → 0.3333333333), rounded down (never above k/(n+1)). */
export const RAMP_STEP_PLACES = 10;

/**
 * The ramp schedule for the engine's periodQuotas, by month of tenure (the hire month is month 1), ending in "1" so
 * the full quota applies after it: the workspace's explicit schedule when set (`[]` = no ramp), else the person's
 * ramp_months n → k/(n+1) for k = 1..n (3 → 0.25, 0.5, 0.75). null = no ramp.
 */
export function rampScheduleOf(policy: QuotaPolicy, rampMonths: number): string[] | null {
  if (policy.ramp !== null) return policy.ramp.length === 0 ? null : [...policy.ramp, "1"];
  if (rampMonths <= 0) return null;
  const steps = Array.from({ length: rampMonths }, (_, i) =>
    trimZeros(divideAmount(String(i + 1), String(rampMonths + 1), RAMP_STEP_PLACES, "down")),
  );
  return [...steps, "1"];
}

function trimZeros(decimal: string): string {
  return decimal.includes(".") ? decimal.replace(/0+$/, "").replace(/\.$/, "") : decimal;
}
