import { divideAmount, isZero, multiplyAmount } from "@attain/engine";
import { roundToUnit } from "./round-to-unit";
import type { Assumptions } from "./schemas";

/** The ramp the demo company and most SaaS sales teams use: 0/25/50/75/100% by month of tenure. */
export const DEFAULT_RAMP = ["0", "0.25", "0.5", "0.75", "1"];

/**
 * A new scenario's assumptions from the workspace's data (docs/planning-api.md): target = last fiscal year's net
 * bookings × 1.2 rounded to 1,000 (half up); seasonality learnt from history; a ramped AE's monthly productivity =
 * last year's bookings per person who booked anything, ÷ 12, rounded to 100 (half up).
 */
export function defaultAssumptions(input: {
  lastYearTotal: string;
  seasonality: string[];
  peopleWithHistory: number;
}): Assumptions {
  const target = roundToUnit(multiplyAmount(input.lastYearTotal, "1.2"), "1000", "half_up");
  const perPerson =
    input.peopleWithHistory === 0 || isZero(input.lastYearTotal)
      ? "0"
      : divideAmount(input.lastYearTotal, String(input.peopleWithHistory * 12), 2, "half_up");
  return {
    target: { annual: nonNegative(target), seasonality: { source: "history", weights: input.seasonality } },
    allocation: {
      weights: { history: "0.6", potential: "0", pipeline: "0.1", capacity: "0.3" },
      overAssignment: { region: "1.00", team: "1.00", person: "1.10" },
      unit: "1000",
      locked: {},
    },
    people: { proration: "months", ramp: { kind: "share", values: [...DEFAULT_RAMP] } },
    capacity: {
      productivity: nonNegative(roundToUnit(perPerson, "100", "half_up")),
      utilisation: "0.85",
      attrition: "0.15",
      hiringLeadMonths: 3,
      potentialCapture: "0.1",
    },
    transfers: [],
    fairness: { draws: 2000, seed: 42, threshold: "0.7" },
  };
}

// Net bookings can be negative in a year of cancellations only; a plan starts from 0 then.
const nonNegative = (value: string) => (value.startsWith("-") ? "0" : value);
