import type { PlanDefinition } from "@attain/engine";

/** Test plans: an AE plan paying 10 % of direct credit, a manager plan paying 2 % of roll-up credit (quarterly, EUR). */
export function aeTestPlan(key = "ae-2026"): PlanDefinition {
  return {
    key,
    name: "AE 2026",
    version: 1,
    effectiveFrom: "2026-01-01",
    effectiveTo: "2026-12-31",
    currency: "EUR",
    period: "quarter",
    quotaMeasure: "bookings",
    rounding: { mode: "half_up", apply: "line" },
    rateTables: [],
    tierTables: [],
    variables: [],
    components: [
      {
        kind: "commission",
        name: "Bookings",
        measure: "bookings",
        filter: { roles: ["direct", "split"] },
        rate: { kind: "flat", rate: "0.10" },
        evaluation: "per_transaction",
        reset: "quarter",
        trueUp: false,
      },
    ],
    draw: null,
    clawback: null,
    holdback: null,
  };
}

export function managerTestPlan(key = "mgr-2026"): PlanDefinition {
  return {
    ...aeTestPlan(key),
    name: "Managers 2026",
    components: [
      {
        kind: "override",
        name: "Team override",
        measure: "bookings",
        rate: { kind: "flat", rate: "0.02" },
        threshold: "0",
      },
    ],
  };
}
