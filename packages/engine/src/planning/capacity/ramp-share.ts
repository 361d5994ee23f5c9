import type { Dec } from "../../money/decimal";

/** Ramp share in tenure month k (the start month is 1); past the schedule, its last value. */
export function rampShare(ramp: readonly Dec[], tenureMonth: number): Dec {
  return ramp[Math.min(tenureMonth, ramp.length) - 1] as Dec;
}
