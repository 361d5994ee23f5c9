import type { Dec } from "../../money/decimal";
import { addCurves, type Curve } from "./cohort-curve";
import { cumulativeGaps, type RoleRates } from "./month-capacity";

export type HireProblem = {
  /** Ramped heads without new hires (current heads and open requisitions). */
  base: Curve;
  /** Curve of one hire opened in plan month `open` (start = open + lead). */
  hireCurve: (open: number) => Curve;
  /** Open months that can matter, earliest (firstOpenMonth, clamped) to latest (start in the last month). */
  firstOpen: number;
  lastOpen: number;
  targets: readonly Dec[];
  rates: RoleRates;
};

export type HireSolution = {
  /** Hires per open month, latest first. */
  openings: { open: number; count: number }[];
  /** Hires the year-end needs when all are opened at firstOpenMonth (the fewest possible). */
  needed: number;
  /** Months kept on cumulative target (those the fewest hires can keep, opened as early as possible). */
  kept: boolean[];
  /** Cumulative gap at the year's end with no new hire. */
  yearGap: Dec;
};

/** A role never gets more hires than this; a plan that would need more keeps its shortfalls (absurd inputs only). */
export const MAX_HIRES_PER_ROLE = 1_000_000;

function rampedWith(base: Curve, parts: readonly { curve: Curve; count: number }[]): Dec[] {
  return parts.reduce((sum, part) => addCurves(sum, part.curve, part.count), base).ramped;
}

/**
 * The hiring rule (docs/calculations/capacity-planning.md): (1) the count is the fewest hires that close the
 * cumulative gap at the year's end when every one is opened at firstOpenMonth; (2) the months kept on cumulative
 * target are those that plan keeps; (3) hires are then moved as late as possible — latest open month first, as
 * many there as still keep every kept month (the rest assumed at firstOpenMonth) — so no month that could be on
 * target falls behind and no hire is paid earlier than needed.
 */
export function planHires(problem: HireProblem): HireSolution {
  const { base, targets, rates, firstOpen, lastOpen } = problem;
  const last = targets.length - 1;
  const baseGaps = cumulativeGaps(base.ramped, targets, rates);
  const yearGap = baseGaps[last] as Dec;
  const none = { openings: [], needed: 0, kept: baseGaps.map((gap) => !gap.greaterThan(0)), yearGap };
  if (!yearGap.greaterThan(0) || firstOpen > lastOpen) return none;
  const early = problem.hireCurve(firstOpen);
  const gapsWith = (parts: { curve: Curve; count: number }[]) =>
    cumulativeGaps(rampedWith(base, parts), targets, rates);
  const yearMet = (count: number) => !(gapsWith([{ curve: early, count }])[last] as Dec).greaterThan(0);
  if (early.ramped.every((r) => r.isZero())) return none;
  // The fewest that meet the year-end, by bisection: meeting it is monotone in the count, and the rounding of heads
  // and amounts makes an estimate from one hire's contribution off by a few for tiny productivities.
  let low = 0;
  let high = MAX_HIRES_PER_ROLE;
  while (low < high) {
    const mid = Math.floor((low + high) / 2);
    if (yearMet(mid)) high = mid;
    else low = mid + 1;
  }
  const needed = low;
  const kept = gapsWith([{ curve: early, count: needed }]).map((gap) => !gap.greaterThan(0));
  const keeps = (parts: { curve: Curve; count: number }[]) =>
    gapsWith(parts).every((gap, t) => !kept[t] || !gap.greaterThan(0));
  const placed: { curve: Curve; count: number }[] = [];
  const openings: { open: number; count: number }[] = [];
  let remaining = needed;
  for (let open = lastOpen; open >= firstOpen && remaining > 0; open--) {
    const curve = problem.hireCurve(open);
    const fits = (count: number) =>
      keeps([...placed, { curve, count }, { curve: early, count: remaining - count }]);
    // Keeping is monotone in how many move later, so the most that fit is found by bisection.
    let fitting = open === firstOpen ? remaining : 0;
    let bound = remaining;
    while (fitting < bound) {
      const mid = Math.ceil((fitting + bound) / 2);
      if (fits(mid)) fitting = mid;
      else bound = mid - 1;
    }
    if (fitting === 0) continue;
    placed.push({ curve, count: fitting });
    openings.push({ open, count: fitting });
    remaining -= fitting;
  }
  return { openings, needed, kept, yearGap };
}
