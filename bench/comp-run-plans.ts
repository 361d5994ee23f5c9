import type { PlanDefinition } from "@attain/engine";

const base = {
  version: 1,
  effectiveFrom: "2026-01-01",
  effectiveTo: null,
  currency: "EUR",
  period: "quarter",
  quotaMeasure: "bookings",
  rounding: { mode: "half_up", apply: "line" },
  rateTables: [],
  variables: [],
  draw: null,
  clawback: null,
  holdback: null,
} satisfies Partial<PlanDefinition>;

/** The benchmark's AE plan: marginal attainment tiers, an accelerator gated on YTD attainment, a per-quarter cap. */
export function aeBenchPlan(): PlanDefinition {
  return {
    ...base,
    key: "ae-bench",
    name: "AE bench",
    tierTables: [
      {
        name: "Tiers",
        basis: "attainment",
        method: "marginal",
        boundary: "upper",
        tiers: [
          { from: "0", to: "0.50", rate: "0.04" },
          { from: "0.50", to: "1.00", rate: "0.08" },
          { from: "1.00", to: null, rate: "0.12" },
        ],
      },
      {
        name: "Accelerator",
        basis: "attainment",
        method: "retroactive",
        boundary: "upper",
        tiers: [
          { from: "0", to: "1.00", rate: "1" },
          { from: "1.00", to: null, rate: "1.25" },
        ],
      },
    ],
    components: [
      {
        kind: "commission",
        name: "Bookings",
        measure: "bookings",
        filter: { roles: ["direct", "split"] },
        rate: { kind: "tiers", table: "Tiers" },
        evaluation: "cumulative",
        reset: "quarter",
        trueUp: false,
        multiplier: { table: "Accelerator", gate: { scope: "year_to_date", attainmentAtLeast: "1.00" } },
        caps: { perPeriod: "40000" },
      },
    ],
  };
}

/** Managers and directors: 1 % of the roll-up credit of their tree. */
export function managerBenchPlan(): PlanDefinition {
  return {
    ...base,
    key: "mgr-bench",
    name: "Manager bench",
    tierTables: [],
    components: [
      {
        kind: "override",
        name: "Override",
        measure: "bookings",
        rate: { kind: "flat", rate: "0.01" },
        threshold: "0",
      },
    ],
  };
}
