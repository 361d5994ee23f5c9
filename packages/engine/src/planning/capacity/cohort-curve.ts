import { Dec } from "../../money/decimal";
import { rampShare } from "./ramp-share";

/** Expected heads and ramped-equivalent heads of one head per plan month (exact Decs). */
export type Curve = { heads: Dec[]; ramped: Dec[] };

/**
 * One head starting in plan month `start` (0 = the first month; negative = before the plan, tenure −start at its
 * first month) and leaving after plan month `lastMonth` (null = stays). In month t ≥ start it is in tenure month
 * t − start + 1 and still there with probability s^(t − max(start, 0)): attrition before the plan is history, the
 * head is counted whole in the plan's first month (or its start month) and decays by s each month after.
 */
export function cohortCurve(
  start: number,
  lastMonth: number | null,
  months: number,
  survival: readonly Dec[],
  ramp: readonly Dec[],
): Curve {
  const heads: Dec[] = [];
  const ramped: Dec[] = [];
  for (let t = 0; t < months; t++) {
    if (t < start || (lastMonth !== null && t > lastMonth)) {
      heads.push(new Dec(0));
      ramped.push(new Dec(0));
      continue;
    }
    const there = survival[t - Math.max(start, 0)] as Dec;
    heads.push(there);
    ramped.push(there.times(rampShare(ramp, t - start + 1)));
  }
  return { heads, ramped };
}

/** Month by month a + k × b. */
export function addCurves(a: Curve, b: Curve, k: number | Dec = 1): Curve {
  return {
    heads: a.heads.map((value, t) => value.plus((b.heads[t] as Dec).times(k))),
    ramped: a.ramped.map((value, t) => value.plus((b.ramped[t] as Dec).times(k))),
  };
}

export function zeroCurve(months: number): Curve {
  return {
    heads: Array.from({ length: months }, () => new Dec(0)),
    ramped: Array.from({ length: months }, () => new Dec(0)),
  };
}
