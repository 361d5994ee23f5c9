import type { Assumptions } from "../schemas";

/** The learnt FY2028 seasonality of the planning fixture: its FY2027 bookings' shape. */
export const fixtureSeasonality = [
  "0.050000",
  "0.050000",
  "0.100000",
  "0.050000",
  "0.050000",
  "0.100000",
  "0.050000",
  "0.050000",
  "0.100000",
  "0.100000",
  "0.100000",
  "0.200000",
];

/**
 * Assumptions whose allocation is easy to follow by hand: target 1,200,000, one driver (history unless said),
 * regions and teams at 100%, people at 110%, rounded to 1,000.
 */
export function testAssumptions(
  overrides: { annual?: string; weights?: Partial<Assumptions["allocation"]["weights"]> } = {},
): Assumptions {
  return {
    target: {
      annual: overrides.annual ?? "1200000",
      seasonality: { source: "history", weights: [...fixtureSeasonality] },
    },
    allocation: {
      weights: { history: "1", potential: "0", pipeline: "0", capacity: "0", ...overrides.weights },
      overAssignment: { region: "1.00", team: "1.00", person: "1.10" },
      unit: "1000",
      locked: {},
    },
    people: { proration: "months", ramp: { kind: "share", values: ["0", "0.25", "0.5", "0.75", "1"] } },
    capacity: {
      productivity: "10000",
      utilisation: "0.85",
      attrition: "0.15",
      hiringLeadMonths: 3,
      potentialCapture: "0.1",
    },
    transfers: [],
    fairness: { draws: 2000, seed: 42, threshold: "0.7" },
  };
}

/** The fiscal months of FY2028 with `amounts` in thousands, as the grid writes them ("33000.00"). */
export const thousands = (...amounts: number[]) => amounts.map((a) => `${a * 1000}.00`);
