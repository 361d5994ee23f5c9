import { Dec, formatDec, toDec } from "../../money/decimal";
import { throwIfIssues } from "../planning-input-error";
import type { CapacityInput, CapacityMonth, CapacityPlan, CapacityRolePlan } from "../types";
import { checkCapacityInput } from "./check-capacity-input";
import { HEAD_PLACES } from "./month-capacity";
import { planRole } from "./plan-role";

const DEFAULT_PLACES = 2;

type Field = Exclude<keyof CapacityMonth, "month">;
const HEAD_FIELDS: Field[] = ["heads", "rampedHeads", "requiredHeads"];
const AMOUNT_FIELDS: Field[] = ["capacity", "target", "gap"];

function sumMonths(
  roles: readonly CapacityRolePlan[],
  months: readonly string[],
  places: number,
): CapacityMonth[] {
  return months.map((month, t) => {
    const total = (field: Field, digits: number) =>
      formatDec(
        roles.reduce((sum, role) => sum.plus(toDec((role.months[t] as CapacityMonth)[field])), new Dec(0)),
        digits,
      );
    const row = { month } as CapacityMonth;
    for (const field of HEAD_FIELDS) row[field] = total(field, HEAD_PLACES);
    for (const field of AMOUNT_FIELDS) row[field] = total(field, places);
    return row;
  });
}

/**
 * Capacity plan (docs/calculations/capacity-planning.md): per role and month, expected heads after attrition,
 * ramped heads, bookings capacity, the role's share of the target, the gap and the heads it would take; the
 * fewest hires that reach the year's target, each opened as late as keeps the months it can keep on cumulative
 * target; and the months no hire can bring on target. Throws PlanningInputError listing every input problem.
 */
export function planCapacity(input: CapacityInput): CapacityPlan {
  throwIfIssues(checkCapacityInput(input));
  const places = input.places ?? DEFAULT_PLACES;
  const context = {
    months: input.months,
    targets: input.target,
    firstOpenMonth: input.firstOpenMonth,
    places,
  };
  const details = input.roles.map((role) => planRole(role, context));
  const roles = details.map((detail) => detail.plan);
  const months = sumMonths(roles, input.months, places);
  let cumulativeGap = new Dec(0);
  const shortfalls: CapacityPlan["shortfalls"] = [];
  for (const row of months) {
    cumulativeGap = cumulativeGap.plus(toDec(row.gap));
    if (cumulativeGap.greaterThan(0))
      shortfalls.push({ month: row.month, gap: formatDec(cumulativeGap, places) });
  }
  const hires = roles
    .flatMap((role) => role.hires)
    .sort((a, b) => (a.openMonth < b.openMonth ? -1 : a.openMonth > b.openMonth ? 1 : 0));
  const total = (pick: (role: CapacityRolePlan) => string) =>
    formatDec(
      roles.reduce((sum, role) => sum.plus(toDec(pick(role))), new Dec(0)),
      places,
    );
  return {
    roles,
    months,
    hires,
    totalCapacity: total((role) => role.totalCapacity),
    totalTarget: total((role) => role.totalTarget),
    shortfalls,
    trace: details.flatMap((detail) => detail.trace),
  };
}
