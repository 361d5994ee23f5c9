import { shiftMonth } from "../../calendar/dates";
import { Dec, formatDec, toDec } from "../../money/decimal";
import { divideDec } from "../../money/divide-amount";
import type { CapacityMonth, CapacityRole, CapacityRolePlan, Requisition } from "../types";
import { addCurves, type Curve, cohortCurve, zeroCurve } from "./cohort-curve";
import { HEAD_PLACES, monthCapacity, type RoleRates, roundHeads } from "./month-capacity";
import { monthOffset } from "./month-offset";
import { monthlyAttritionRate, survivalPowers } from "./monthly-survival";
import { MAX_HIRES_PER_ROLE, planHires } from "./plan-hires";

export type RoleContext = { months: string[]; targets: string[]; firstOpenMonth: string; places: number };

export type RolePlanDetail = {
  plan: CapacityRolePlan;
  shortfalls: { month: string; gap: string }[];
  trace: string[];
};

const sum = (values: readonly Dec[]) => values.reduce((total, value) => total.plus(value), new Dec(0));

// Heads with the same tenure and leave month behave alike: one curve each, times the count (1,000 heads, few curves).
function currentCurve(role: CapacityRole, context: RoleContext, survival: Dec[], ramp: Dec[]): Curve {
  const months = context.months.length;
  const groups = new Map<string, { start: number; last: number | null; count: number }>();
  for (const head of role.current) {
    const last =
      head.leaveMonth === undefined ? null : monthOffset(context.months[0] as string, head.leaveMonth);
    const key = `${head.tenureMonths}:${last}`;
    const group = groups.get(key);
    if (group) group.count++;
    else groups.set(key, { start: -head.tenureMonths, last, count: 1 });
  }
  let curve = zeroCurve(months);
  for (const group of groups.values())
    curve = addCurves(curve, cohortCurve(group.start, group.last, months, survival, ramp), group.count);
  return curve;
}

/**
 * Heads needed at the start, with no hiring, to carry the year's target: heads like the current team (its tenure
 * mix, leavers and attrition, so ramp counts), or like a fully ramped head when there is no current team.
 */
function startHeadcount(
  role: CapacityRole,
  current: Curve,
  survival: Dec[],
  rates: RoleRates,
  yearTarget: Dec,
): string {
  if (yearTarget.isZero()) return formatDec(new Dec(0), HEAD_PLACES);
  const perCurve = (curve: Curve) => sum(curve.ramped).times(rates.productivity).times(rates.utilisation);
  const teamCapacity = perCurve(current);
  if (role.current.length > 0 && teamCapacity.greaterThan(0))
    return divideDec(yearTarget.times(role.current.length), teamCapacity, HEAD_PLACES, "up");
  const ramped = sum(survival).times(rates.productivity).times(rates.utilisation);
  return divideDec(yearTarget, ramped, HEAD_PLACES, "up");
}

function requisitionReason(count: number, needed: number, yearGap: Dec, places: number): string {
  return `${count} of the ${needed} hire(s) that close the year-end gap of ${formatDec(yearGap, places)}; opened at the latest month that keeps every month the plan can keep on cumulative target`;
}

/** One role's months, hires and figures (see planCapacity). Input already checked. */
export function planRole(role: CapacityRole, context: RoleContext): RolePlanDetail {
  const { months, places } = context;
  const count = months.length;
  const first = months[0] as string;
  const rates: RoleRates = {
    productivity: toDec(role.productivity),
    utilisation: toDec(role.utilisation),
    places,
  };
  const survival = survivalPowers(role.attrition, count);
  const ramp = role.ramp.values.map(toDec);
  const lead = role.hiringLeadMonths;
  const current = currentCurve(role, context, survival, ramp);
  const base = role.openRequisitions.reduce(
    (curve, req) =>
      addCurves(curve, cohortCurve(monthOffset(first, req.startMonth), null, count, survival, ramp)),
    current,
  );
  const hireCurves = new Map<number, Curve>();
  const hireCurve = (open: number) => {
    const known = hireCurves.get(open);
    if (known) return known;
    const curve = cohortCurve(open + lead, null, count, survival, ramp);
    hireCurves.set(open, curve);
    return curve;
  };
  const share = toDec(role.targetShare);
  const targets = context.targets.map((target) =>
    toDec(target).times(share).toDecimalPlaces(places, Dec.ROUND_HALF_EVEN),
  );
  // Opening earlier than a full ramp before the plan gives the same curve, so the search starts no earlier.
  const firstOpen = Math.max(monthOffset(first, context.firstOpenMonth), -lead - ramp.length);
  const solution = planHires({ base, hireCurve, firstOpen, lastOpen: count - 1 - lead, targets, rates });
  const final = solution.openings.reduce(
    (curve, { open, count: n }) => addCurves(curve, hireCurve(open), n),
    base,
  );
  const perHead = rates.productivity.times(rates.utilisation);
  let cumulativeGap = new Dec(0);
  const shortfalls: { month: string; gap: string }[] = [];
  const monthRows: CapacityMonth[] = months.map((month, t) => {
    const target = targets[t] as Dec;
    const capacity = monthCapacity(final.ramped[t] as Dec, rates);
    cumulativeGap = cumulativeGap.plus(target).minus(capacity);
    if (cumulativeGap.greaterThan(0)) shortfalls.push({ month, gap: formatDec(cumulativeGap, places) });
    return {
      month,
      heads: formatDec(roundHeads(final.heads[t] as Dec), HEAD_PLACES),
      rampedHeads: formatDec(roundHeads(final.ramped[t] as Dec), HEAD_PLACES),
      capacity: formatDec(capacity, places),
      target: formatDec(target, places),
      gap: formatDec(target.minus(capacity), places),
      requiredHeads: target.isZero()
        ? formatDec(new Dec(0), HEAD_PLACES)
        : divideDec(target, perHead, HEAD_PLACES, "up"),
    };
  });
  const hires: Requisition[] = solution.openings
    .map(({ open, count: n }) => ({
      role: role.role,
      openMonth: shiftMonth(first, open),
      startMonth: shiftMonth(first, open + lead),
      count: n,
      reason: requisitionReason(n, solution.needed, solution.yearGap, places),
    }))
    .reverse();
  const totalTarget = sum(targets);
  const trace = [
    `${role.role}: monthly attrition 1 − (1 − ${role.attrition})^(1/12) = ${monthlyAttritionRate(role.attrition)}; ${role.current.length} current head(s), ${role.openRequisitions.length} open requisition(s)`,
    `${role.role}: year-end cumulative gap without new hires ${formatDec(solution.yearGap, places)} → ${solution.needed} hire(s) (fewest that close it, all opened ${context.firstOpenMonth}), lead time ${lead} month(s)`,
    ...hires.map((h) => `${role.role}: open ${h.count} in ${h.openMonth}, start ${h.startMonth}`),
    ...(solution.needed === MAX_HIRES_PER_ROLE
      ? [`${role.role}: hires capped at ${MAX_HIRES_PER_ROLE}`]
      : []),
  ];
  return {
    plan: {
      role: role.role,
      months: monthRows,
      hires,
      totalCapacity: formatDec(sum(monthRows.map((m) => toDec(m.capacity))), places),
      totalTarget: formatDec(totalTarget, places),
      requiredHeadcount: startHeadcount(role, current, survival, rates, totalTarget),
      shortfalls,
    },
    shortfalls,
    trace,
  };
}
