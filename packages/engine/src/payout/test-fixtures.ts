import { firstDayOfMonth, lastDayOfMonth } from "../calendar/dates";
import type { CalcPeriod, Holds, PriorPeriods, ResultLine } from "../comp/calculation";
import type { DrawPolicy, HoldbackPolicy, PlanDefinition } from "../comp/plan";
import type { PayoutInput } from "./types";

/** A USD monthly plan with only the payout policies under test (test support for payout tests, not exported). */
export function planWith(
  policies: { draw?: DrawPolicy; holdback?: HoldbackPolicy },
  currency = "USD",
): PlanDefinition {
  return {
    key: "ae",
    name: "AE",
    version: 1,
    effectiveFrom: "2025-01-01",
    effectiveTo: null,
    currency,
    period: "month",
    quotaMeasure: "bookings",
    rounding: { mode: "half_up", apply: "line" },
    rateTables: [],
    tierTables: [],
    variables: [],
    components: [],
    draw: policies.draw ?? null,
    clawback: null,
    holdback: policies.holdback ?? null,
  };
}

export function month(key: string): CalcPeriod {
  return { key, start: firstDayOfMonth(key), end: lastDayOfMonth(key) };
}

export const noPrior: PriorPeriods = {
  earnedByComponent: {},
  earnedByTransaction: {},
  drawBalance: "0.00",
  heldBack: [],
  onHold: [],
};

export const noHolds: Holds = { payeeHeld: false, transactionIds: [], release: false };

export function commissionLine(transactionId: string, amount: string): ResultLine {
  return {
    component: "commission",
    kind: "commission",
    creditId: `${transactionId}:p1:direct`,
    transactionId,
    exact: amount,
    amount,
    trace: [],
  };
}

export function payoutInput(over: Partial<PayoutInput> & Pick<PayoutInput, "plan" | "earned">): PayoutInput {
  return { period: month("2025-08"), lines: [], prior: noPrior, holds: noHolds, ...over };
}
