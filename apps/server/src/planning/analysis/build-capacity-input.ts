import { type CapacityInput, spreadByWeights } from "@attain/engine";
import type { Assumptions } from "../schemas";

export type CapacityPerson = { nodeId: string; hireDate: string | null; leaveDate: string | null };

/** Tenure given to a head without a hire date: long past any ramp (ramps are at most 36 months). */
const UNKNOWN_TENURE_MONTHS = 120;

/**
 * The capacity plan's input for one role, account executives (the scenario's person nodes): the target spread
 * over the fiscal months by the scenario's seasonality (to the cent), the scenario's productivity, ramp, attrition,
 * hiring lead time and utilisation; each person as a current head with their tenure at the year's first month
 * (hire month = tenure month 1, as the ramp counts it) and their leave month when they leave in the year; a person
 * hired during the year is a requisition already filled from their start month. Requisitions open from `today`'s month.
 */
export function buildCapacityInput(input: {
  months: string[];
  assumptions: Assumptions;
  people: readonly CapacityPerson[];
  today: string;
}): CapacityInput {
  const { months, assumptions } = input;
  const first = months[0] ?? "";
  const last = months.at(-1) ?? "";
  const current: CapacityInput["roles"][number]["current"] = [];
  const openRequisitions: { startMonth: string }[] = [];
  for (const person of input.people) {
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
  const { capacity } = assumptions;
  return {
    months,
    target: spreadByWeights(assumptions.target.annual, assumptions.target.seasonality.weights, "0.01"),
    roles: [
      {
        role: "ae",
        productivity: capacity.productivity,
        ramp: assumptions.people.ramp,
        attrition: capacity.attrition,
        hiringLeadMonths: capacity.hiringLeadMonths,
        utilisation: capacity.utilisation,
        targetShare: "1",
        current,
        openRequisitions,
      },
    ],
    firstOpenMonth: input.today.slice(0, 7),
  };
}

function monthsBetween(from: string, to: string): number {
  const [fy, fm] = from.split("-").map(Number) as [number, number];
  const [ty, tm] = to.split("-").map(Number) as [number, number];
  return (ty - fy) * 12 + (tm - fm);
}
