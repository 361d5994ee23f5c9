import type { PlanDefinition } from "@attain/engine";
import { productSpecs } from "./catalog";

const productRates: Record<string, string> = {
  "NIM-ENT": "0.020",
  "NIM-AI": "0.030",
  "NIM-CONN": "0.015",
  "NIM-SUP": "0.000",
};

/**
 * The demo's three plans (published, effective over the whole history, paid per quarter in the reporting currency):
 * AEs on marginal attainment tiers with a year-to-date-gated accelerator, a per-quarter cap and a product-mix kicker
 * from a rate table; SDRs (and the Head of Sales Development) on an attainment bonus and objectives; regional sales
 * managers on an override of their team's roll-up credit, tiered by team attainment.
 */
export function demoPlans(from: string, currency: string): PlanDefinition[] {
  return [aePlan(from, currency), sdrPlan(from, currency), managerPlan(from, currency)];
}

function base(key: string, name: string, from: string, currency: string): PlanDefinition {
  return {
    key,
    name,
    version: 1,
    effectiveFrom: from,
    effectiveTo: null,
    currency,
    period: "quarter",
    quotaMeasure: "bookings",
    rounding: { mode: "half_up", apply: "line" },
    rateTables: [],
    tierTables: [],
    variables: [],
    components: [],
    draw: null,
    clawback: { windowDays: 90, method: "full", schedule: [] },
    holdback: null,
  };
}

function aePlan(from: string, currency: string): PlanDefinition {
  return {
    ...base("ae-standard", "Account Executive", from, currency),
    tierTables: [
      {
        name: "AE attainment tiers",
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
        name: "YTD accelerator",
        basis: "attainment",
        method: "retroactive",
        boundary: "upper",
        tiers: [
          { from: "0", to: "1.00", rate: "1" },
          { from: "1.00", to: null, rate: "1.25" },
        ],
      },
    ],
    rateTables: [
      {
        name: "Product mix",
        keys: ["product"],
        rows: [
          ...productSpecs
            .filter((p) => productRates[p.externalId] !== undefined)
            .map((p) => ({ match: { product: p.externalId }, rate: productRates[p.externalId]! })),
          { match: { product: "*" }, rate: "0.010" },
        ],
        defaultRate: "0",
      },
    ],
    components: [
      {
        kind: "commission",
        name: "Bookings",
        measure: "bookings",
        filter: { roles: ["direct", "split"] },
        rate: { kind: "tiers", table: "AE attainment tiers" },
        evaluation: "cumulative",
        reset: "quarter",
        trueUp: false,
        multiplier: { table: "YTD accelerator", gate: { scope: "year_to_date", attainmentAtLeast: "1.00" } },
        caps: { perPeriod: "40000" },
      },
      {
        kind: "commission",
        name: "Product mix",
        measure: "bookings",
        filter: { roles: ["direct", "split"] },
        rate: { kind: "rate_table", table: "Product mix" },
        evaluation: "per_transaction",
        reset: "quarter",
        trueUp: false,
      },
    ],
  };
}

function sdrPlan(from: string, currency: string): PlanDefinition {
  return {
    ...base("sdr-standard", "Sales Development", from, currency),
    clawback: null,
    tierTables: [
      {
        name: "SDR bonus",
        basis: "attainment",
        method: "interpolated",
        boundary: "upper",
        tiers: [
          { from: "0", to: "1.00", rate: "0", rateAtTo: "1" },
          { from: "1.00", to: null, rate: "1.2" },
        ],
      },
    ],
    components: [
      // attainment_bonus has no credit filter: attainment counts every credit of the quota measure. An SDR's only
      // credits are overlays (they own no deal and manage nobody, so get no roll-up), so it is overlay credit anyway.
      { kind: "attainment_bonus", name: "Pipeline bonus", table: "SDR bonus", targetShare: "0.15" },
      {
        kind: "mbo",
        name: "Objectives",
        objectives: [
          { key: "meetings", label: "Qualified meetings", weight: "0.6" },
          { key: "hygiene", label: "CRM hygiene", weight: "0.4" },
        ],
        targetAmount: "1500",
        maxScore: "1.2",
      },
    ],
  };
}

function managerPlan(from: string, currency: string): PlanDefinition {
  return {
    ...base("manager-override", "Sales Manager", from, currency),
    clawback: null,
    tierTables: [
      {
        name: "Team attainment",
        basis: "attainment",
        method: "retroactive",
        boundary: "upper",
        tiers: [
          { from: "0", to: "0.80", rate: "0.005" },
          { from: "0.80", to: "1.00", rate: "0.010" },
          { from: "1.00", to: null, rate: "0.015" },
        ],
      },
    ],
    components: [
      {
        kind: "override",
        name: "Team override",
        measure: "bookings",
        rate: { kind: "tiers", table: "Team attainment" },
        threshold: "0",
        caps: { perPeriod: "30000" },
      },
    ],
  };
}
