import type { PlanDefinition } from "@attain/engine";
import { productSpecs } from "./catalog";
import type { DemoCompany } from "./generate-demo-company";
import type { TableData } from "./demo-tables";

/** Annual target incentive (EUR) by job role; people on none of these roles get no plan. */
const targetIncentives: Record<string, string> = {
  ae: "60000.00",
  sdr: "24000.00",
  manager: "45000.00",
  director: "70000.00",
};

const productRates: Record<string, string> = {
  "NIM-ENT": "0.020",
  "NIM-AI": "0.030",
  "NIM-CONN": "0.015",
  "NIM-SUP": "0.000",
};

/**
 * The demo's compensation plans (published, effective over the whole history): AEs on marginal attainment tiers
 * with a year-to-date-gated accelerator, a per-quarter cap and a product-mix kicker from a rate table; SDRs on an
 * attainment bonus and objectives; managers and directors on an override of their team's credit, tiered by team
 * attainment. Every AE, SDR, manager and director is assigned from their hire date; quotas come from the monthly
 * booking targets summed per fiscal quarter (comp_quotas, source "booking_targets"). Pure: rows only.
 */
export function generateCompensation(company: DemoCompany): { plans: TableData[]; quotaSql: string } {
  const from = company.firstDay;
  const currency = company.workspace.reportingCurrency;
  const definitions = [aePlan(from, currency), sdrPlan(from, currency), managerPlan(from, currency)];
  const ids = {
    "ae-standard": company.workspace.id.replace(/^.{8}/, "c0000001"),
    "sdr-standard": company.workspace.id.replace(/^.{8}/, "c0000002"),
    "manager-override": company.workspace.id.replace(/^.{8}/, "c0000003"),
  } as Record<string, string>;
  const plans = definitions.map((plan) => ({ id: ids[plan.key], key: plan.key, name: plan.name }));
  const versions = definitions.map((plan) => ({
    planId: ids[plan.key],
    version: 1,
    status: "published",
    definition: JSON.stringify(plan),
    effectiveFrom: plan.effectiveFrom,
    publishedAt: `${from}T00:00:00Z`,
  }));
  const planOf: Record<string, string> = {
    ae: "ae-standard",
    sdr: "sdr-standard",
    manager: "manager-override",
    director: "manager-override",
  };
  const assignments = company.people
    .filter((p) => planOf[p.jobRole] !== undefined)
    .map((p) => ({
      personId: p.id,
      planId: ids[planOf[p.jobRole]!],
      validFrom: p.hireDate && p.hireDate > from ? p.hireDate : from,
      validTo: p.leaveDate,
      targetIncentive: targetIncentives[p.jobRole],
      currency,
    }));
  return {
    plans: [
      { name: "comp_plans", rows: plans, columns: ["id", "key", "name"], keys: ["id", "key", "name"] },
      {
        name: "comp_plan_versions",
        rows: versions,
        columns: ["plan_id", "version", "status", "definition", "effective_from", "published_at"],
        keys: ["planId", "version", "status", "definition", "effectiveFrom", "publishedAt"],
      },
      {
        name: "comp_assignments",
        rows: assignments,
        columns: ["person_id", "plan_id", "valid_from", "valid_to", "target_incentive", "currency"],
        keys: ["personId", "planId", "validFrom", "validTo", "targetIncentive", "currency"],
      },
    ],
    // Calendar quarters: the demo's fiscal year starts in January.
    quotaSql: `insert into comp_quotas (workspace_id, person_id, measure, period_key, amount, currency, source)
      select workspace_id, person_id, 'bookings', extract(year from month)::int || '-Q' || extract(quarter from month)::int,
             sum(amount), min(currency), 'booking_targets'
      from booking_targets where workspace_id = $1 and person_id is not null
      group by workspace_id, person_id, 2, 4`,
  };
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
