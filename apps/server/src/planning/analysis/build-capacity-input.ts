import { type CapacityInput, type CapacityRole, PlanningInputError, spreadByWeights } from "@attain/engine";
import type { Assumptions, CapacityRoleAssumption } from "../schemas";
import { capacityRolesOf, QUOTA_ROLE } from "./capacity-roles";

export type CapacityPerson = { nodeId: string; hireDate: string | null; leaveDate: string | null };

/** Heads of one role at the plan's start, and the hires already made that start during the plan. */
export type CapacityHeads = Pick<CapacityRole, "current" | "openRequisitions">;

/** Tenure given to a head without a hire date: long past any ramp (ramps are at most 36 months). */
const UNKNOWN_TENURE_MONTHS = 120;

/**
 * The capacity plan's input for the quota-carrying role, account executives (the scenario's person nodes): the
 * target spread over the fiscal months by the scenario's seasonality (to the cent), the ae role's productivity,
 * attrition, hiring lead time and utilisation (scenarios without roles: the AE-only fields) and the scenario's
 * ramp; the heads as `capacityHeadsOf` reads them. Requisitions open from `today`'s month.
 */
export function buildCapacityInput(input: {
  months: string[];
  assumptions: Assumptions;
  people: readonly CapacityPerson[];
  today: string;
}): CapacityInput {
  const { months, assumptions } = input;
  const quota = capacityRolesOf(assumptions).find((role) => role.role === QUOTA_ROLE);
  if (quota === undefined)
    throw new PlanningInputError([
      {
        code: "invalid",
        message: `The roles must include ${QUOTA_ROLE}: its heads carry the target`,
        field: "roles",
      },
    ]);
  return {
    months,
    target: spreadByWeights(assumptions.target.annual, assumptions.target.seasonality.weights, "0.01"),
    roles: [
      capacityRoleOf(quota, capacityHeadsOf(input.people, months), {
        ramp: assumptions.people.ramp,
        productivity: quota.productivity ?? assumptions.capacity.productivity,
      }),
    ],
    firstOpenMonth: input.today.slice(0, 7),
  };
}

/** The engine's role from a role's assumptions, its heads and what its driver plans it by (productivity, ramp). */
export function capacityRoleOf(
  assumption: CapacityRoleAssumption,
  heads: CapacityHeads,
  context: { ramp: CapacityRole["ramp"]; productivity: string },
): CapacityRole {
  return {
    role: assumption.role,
    productivity: context.productivity,
    ramp: assumption.ramp ?? context.ramp,
    attrition: assumption.attrition,
    hiringLeadMonths: assumption.hiringLeadMonths,
    utilisation: assumption.utilisation,
    targetShare: "1",
    current: heads.current,
    openRequisitions: heads.openRequisitions,
  };
}

/**
 * Each person as a current head with their tenure at the year's first month (hire month = tenure month 1, as the
 * ramp counts it) and their leave month when they leave in the year; a person hired during the year is a
 * requisition already filled from their start month; who left before the year or starts after it is not counted.
 */
export function capacityHeadsOf(people: readonly CapacityPerson[], months: readonly string[]): CapacityHeads {
  const first = months[0] ?? "";
  const last = months.at(-1) ?? "";
  const current: CapacityRole["current"] = [];
  const openRequisitions: CapacityRole["openRequisitions"] = [];
  for (const person of people) {
    const hireMonth = person.hireDate?.slice(0, 7) ?? null;
    const leaveMonth = person.leaveDate?.slice(0, 7);
    if (leaveMonth !== undefined && leaveMonth < first) continue;
    if (hireMonth !== null && hireMonth > last) continue;
    if (hireMonth !== null && hireMonth > first) {
      openRequisitions.push({ startMonth: hireMonth });
      continue;
    }
    current.push({
      id: person.nodeId,
      tenureMonths:
        hireMonth === null ? UNKNOWN_TENURE_MONTHS : Math.min(1200, monthsBetween(hireMonth, first)),
      ...(leaveMonth !== undefined && leaveMonth <= last ? { leaveMonth } : {}),
    });
  }
  return { current, openRequisitions };
}

function monthsBetween(from: string, to: string): number {
  const [fy, fm] = from.split("-").map(Number) as [number, number];
  const [ty, tm] = to.split("-").map(Number) as [number, number];
  return (ty - fy) * 12 + (tm - fm);
}
