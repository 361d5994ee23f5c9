import {
  type AllocatedNode,
  allocateTopDown,
  applyQuotaTransfers,
  bottomUp,
  currencyMinorUnits,
  type FiscalCalendar,
  type PlanningPerson,
} from "@attain/engine";
import { fiscalYearMonths } from "./fiscal-year-months";
import type { Assumptions } from "./schemas";
import type { SnapshotNode } from "./scenario-snapshot";

export type ComputedNode = AllocatedNode & { bottomUpCapacity: string; bottomUpPotential: string };

/**
 * The scenario's quotas from its snapshot and assumptions: bottom-up capacity and potential per node (productivity ×
 * ramp × availability × utilisation; potential × capture), which also give each person's capacity driver and month
 * factors (a new hire's ramp, a leaver's last months); then the top-down allocation of the target by the weighted
 * drivers, with locks, over-assignment and the rounding unit; then the quota transfers. Throws the engine's
 * PlanningInputError on input that breaks a rule; nothing is stored by this function.
 */
export function computeAllocation(input: {
  nodes: readonly SnapshotNode[];
  assumptions: Assumptions;
  fiscalYear: number;
  calendar: FiscalCalendar;
  currency: string;
}): ComputedNode[] {
  const { assumptions } = input;
  const nodes = input.nodes.map((n) => ({
    id: n.nodeId,
    parentId: n.parentNodeId,
    kind: n.kind,
    name: n.name,
  }));
  const people: Record<string, PlanningPerson> = {};
  const potential: Record<string, string> = {};
  for (const n of input.nodes)
    if (n.kind === "person") {
      people[n.nodeId] = { id: n.nodeId, hireDate: n.hireDate, leaveDate: n.leaveDate };
      potential[n.nodeId] = n.drivers?.potential ?? "0";
    }
  const places = currencyMinorUnits(input.currency);
  const bottom = bottomUp({
    nodes,
    fiscalYear: input.fiscalYear,
    calendar: input.calendar,
    people,
    proration: assumptions.people.proration,
    ramp: assumptions.people.ramp,
    productivity: {},
    defaultProductivity: assumptions.capacity.productivity,
    utilisation: assumptions.capacity.utilisation,
    potential,
    potentialCapture: assumptions.capacity.potentialCapture,
    places,
  });
  const bottomOf = new Map(Object.entries(bottom));
  const drivers: Record<string, { history: string; potential: string; pipeline: string; capacity: string }> =
    {};
  const leafMonthFactors: Record<string, string[]> = {};
  for (const n of input.nodes) {
    if (n.kind !== "person") continue;
    const b = bottomOf.get(n.nodeId);
    drivers[n.nodeId] = {
      history: nonNegative(n.drivers?.history ?? "0"),
      potential: nonNegative(n.drivers?.potential ?? "0"),
      pipeline: nonNegative(n.drivers?.pipeline ?? "0"),
      capacity: b?.capacity ?? "0",
    };
    if (b?.months) leafMonthFactors[n.nodeId] = b.months.map((m) => m.factor);
  }
  const allocation = allocateTopDown({
    nodes,
    target: assumptions.target.annual,
    drivers,
    weights: assumptions.allocation.weights,
    overAssignment: assumptions.allocation.overAssignment,
    unit: assumptions.allocation.unit,
    locked: assumptions.allocation.locked,
    seasonality: assumptions.target.seasonality.weights,
    leafMonthFactors,
    monthPlaces: places,
  });
  const transferred =
    assumptions.transfers.length === 0
      ? allocation.nodes
      : applyQuotaTransfers(
          allocation.nodes,
          fiscalYearMonths(input.fiscalYear, input.calendar),
          assumptions.transfers.map((t) => ({ ...t })),
          { monthPlaces: places },
        ).nodes;
  return transferred.map((n) => ({
    ...n,
    bottomUpCapacity: bottomOf.get(n.id)?.capacity ?? "0",
    bottomUpPotential: bottomOf.get(n.id)?.potential ?? "0",
  }));
}

// A person whose cancellations outweighed their bookings last year drives nothing rather than a negative share.
const nonNegative = (value: string) => (value.startsWith("-") ? "0" : value);
