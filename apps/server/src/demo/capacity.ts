import { monthIndex } from "./days";

/**
 * How productive a seller is in a month, from 0 to 1: 0 in the month they join, then k / rampMonths in their k-th
 * month until fully ramped (ramp 4 → 0%, 25%, 50%, 75%, 100%). Targets use the same curve, so ramping reps get
 * both fewer deals and a smaller target.
 */
export function rampFactor(person: { hireDay: number; rampMonths: number }, day: number): number {
  const k = monthIndex(day) - monthIndex(person.hireDay);
  if (k < 0) return 0;
  if (person.rampMonths <= 0) return 1;
  return Math.min(1, k / person.rampMonths);
}
