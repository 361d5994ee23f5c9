import type { Component, PlanDefinition } from "./plan";

/** Test helper: a valid plan with one component of every kind, to break one thing at a time in each test. */
export function makeTestPlan(): PlanDefinition {
  return {
    key: "ae-2025",
    name: "AE 2025",
    version: 1,
    effectiveFrom: "2025-01-01",
    effectiveTo: "2025-12-31",
    currency: "EUR",
    period: "quarter",
    quotaMeasure: "bookings",
    rounding: { mode: "half_up", apply: "line" },
    tierTables: [
      {
        name: "AE tiers",
        basis: "attainment",
        method: "marginal",
        boundary: "upper",
        tiers: [
          { from: "0", to: "1.00", rate: "0.05" },
          { from: "1.00", to: "1.50", rate: "0.08" },
          { from: "1.50", to: null, rate: "0.10" },
        ],
      },
      {
        name: "Accelerator",
        basis: "attainment",
        method: "retroactive",
        boundary: "upper",
        tiers: [
          { from: "0", to: "1.00", rate: "0.8" },
          { from: "1.00", to: null, rate: "1.5" },
        ],
      },
      {
        name: "Team bonus",
        basis: "attainment",
        method: "interpolated",
        boundary: "upper",
        tiers: [
          { from: "0", to: "1.00", rate: "0", rateAtTo: "1" },
          { from: "1.00", to: null, rate: "1" },
        ],
      },
    ],
    rateTables: [
      {
        name: "Product rates",
        keys: ["product", "segment"],
        rows: [
          { match: { product: "platform", segment: "*" }, rate: "0.06" },
          { match: { product: "*", segment: "*" }, rate: "0.04" },
        ],
        defaultRate: null,
      },
    ],
    variables: [
      { name: "gap", formula: "quota - bookings" },
      { name: "behind", formula: "gap > 0" },
    ],
    components: [
      {
        kind: "commission",
        name: "Bookings",
        measure: "bookings",
        rate: { kind: "tiers", table: "AE tiers" },
        evaluation: "cumulative",
        reset: "year",
        trueUp: false,
        multiplier: { table: "Accelerator", gate: { scope: "year_to_date", attainmentAtLeast: "1.00" } },
        caps: { perPeriod: "50000" },
      },
      {
        kind: "commission",
        name: "Margin",
        measure: "margin",
        rate: { kind: "rate_table", table: "Product rates" },
        evaluation: "per_transaction",
        reset: "quarter",
        trueUp: false,
      },
      { kind: "attainment_bonus", name: "Bonus", table: "Team bonus", targetShare: "0.25" },
      {
        kind: "mbo",
        name: "Objectives",
        objectives: [
          { key: "crm", label: "CRM hygiene", weight: "0.4" },
          { key: "training", label: "Training", weight: "0.6" },
        ],
        targetAmount: "1000",
        maxScore: "1",
      },
      {
        kind: "spif",
        name: "Q1 units",
        measure: "units",
        filter: { from: "2025-01-01", to: "2025-03-31" },
        payout: { perDeal: "250" },
        eligibleJobRoles: [],
      },
      {
        kind: "override",
        name: "Team",
        measure: "bookings",
        rate: { kind: "flat", rate: "0.01" },
        threshold: "0",
      },
      { kind: "formula", name: "Catch-up", formula: "IF(behind, 0, component.Bookings * 0.1)" },
    ],
    draw: { kind: "recoverable", amount: "2000", recoveryShare: "0.5", until: "2025-06-30" },
    clawback: {
      windowDays: 90,
      method: "sliding",
      schedule: [
        { withinDays: 30, share: "1" },
        { withinDays: 90, share: "0.5" },
      ],
    },
    holdback: { share: "0.1", releaseAfterPeriods: 1 },
  };
}

/** The test plan with `change` applied (mutating the fresh copy is the point). */
export function withChange(change: (plan: PlanDefinition) => void): PlanDefinition {
  const plan = makeTestPlan();
  change(plan);
  return plan;
}

/** The plan's component at `index`, which the test says is of `kind`. */
export function componentOf<K extends Component["kind"]>(
  plan: PlanDefinition,
  index: number,
  kind: K,
): Extract<Component, { kind: K }> {
  const component = plan.components[index];
  if (component?.kind !== kind) throw new Error(`test plan: component ${index} is not ${kind}`);
  return component as Extract<Component, { kind: K }>;
}
