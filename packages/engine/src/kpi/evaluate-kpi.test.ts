import { describe, expect, it } from "vitest";
import { EngineInputError } from "../errors";
import { expandKpiFamilies, kpiCatalogue } from "./catalogue";
import { evaluateKpi } from "./evaluate-kpi";
import { quarterMeasures } from "./test-measures";
import type { KpiDefinition } from "./types";

const families = expandKpiFamilies({
  stages: [{ key: "propose", label: "Propose" }],
  criteria: [{ key: "motivation", label: "Motivation" }],
});
const every = [...kpiCatalogue, ...families];

function kpi(key: string): KpiDefinition {
  const found = every.find((definition) => definition.key === key);
  if (found === undefined) throw new Error(`no KPI ${key}`);
  return found;
}

// Each value by hand from test-measures.ts; the formula divides to 20 places, then rounds once per unit.
const expected: Record<string, [string, string]> = {
  bookings: ["120000.00", "net_bookings 120000"],
  quota_attainment: ["0.8000", "120000 / 150000 = 0.8"],
  revenue_per_rep: ["40000.00", "120000 / 9 × 3 = 13333.3…33 × 3 = 39999.9…99 → 40000.00"],
  sales_productivity: ["13333.33", "120000 / 9 = 13333.33…"],
  new_customer_revenue_share: ["0.3750", "45000 / 120000"],
  existing_customer_revenue_share: ["0.6250", "75000 / 120000"],
  orders: ["48", "order_count"],
  win_rate: ["0.3750", "12 / (12 + 20) = 12 / 32"],
  average_deal_size: ["9166.67", "110000 / 12 = 9166.666…"],
  sales_cycle: ["45.0", "540 / 12"],
  open_pipeline: ["90000.00", "open_pipeline"],
  pipeline_coverage: ["3.0000", "90000 / MAX(150000 − 120000, 0) = 90000 / 30000"],
  opportunities_created: ["35", "opportunities_created"],
  new_customers: ["6", "new_customers"],
  customers_served: ["40", "customers_served"],
  arr: ["880000.00", "arr_end"],
  arpu: ["16923.08", "880000 / 52 = 16923.0769…"],
  logo_retention: ["0.9200", "46 / 50"],
  logo_churn: ["0.0800", "(50 − 46) / 50"],
  net_revenue_retention: ["1.0500", "840000 / 800000"],
  revenue_churn: ["0.0500", "40000 / 800000"],
  complaint_rate: ["0.0750", "3 / 40"],
  customer_satisfaction: ["4.1", "103 / 25 = 4.12"],
  calls_per_rep: ["128.57", "900 / 21 × 3 = 128.571…"],
  emails_per_rep: ["342.86", "2400 / 21 × 3 = 342.857…"],
  meetings_per_rep: ["21.43", "150 / 21 × 3 = 21.428…"],
  email_open_rate: ["0.4500", "1080 / 2400"],
  email_reply_rate: ["0.0700", "168 / 2400"],
  marketing_visitors: ["20000", "visitors"],
  new_contacts: ["700", "new_contacts"],
  visitor_to_contact: ["0.0350", "700 / 20000"],
  mqls: ["160", "mqls"],
  leads_passed_to_sales: ["64", "sqls"],
  mql_to_sql_conversion: ["0.4000", "64 / 160"],
  lead_to_customer_conversion: ["0.0225", "9 / 400"],
  lead_feedback_negative_share: ["0.3500", "7 / 20"],
  gross_margin: ["54000.00", "gross_margin"],
  gross_margin_rate: ["0.6000", "54000 / 90000"],
  cac: ["14000.00", "(60000 + 24000) / 6"],
  cost_of_sales_ratio: ["0.7000", "(60000 + 24000) / 120000"],
  evaluation_overall: ["0.7125", "2.85 / 4"],
  "stage_conversion.propose": ["0.7500", "18 / 24"],
  "evaluation.motivation": ["0.8000", "2.4 / 3"],
};

describe("evaluateKpi: every built-in KPI on one team's quarter", () => {
  it("the table covers every KPI of the catalogue and its families", () => {
    expect(Object.keys(expected).sort()).toEqual(every.map((definition) => definition.key).sort());
  });

  it.each(Object.entries(expected))("%s = %s", (key, [value]) => {
    expect(evaluateKpi(kpi(key), quarterMeasures)).toMatchObject({ value, reason: null });
  });
});

describe("evaluateKpi: components", () => {
  it("win rate reads deals won then deals lost, each once, with labels and values", () => {
    expect(evaluateKpi(kpi("win_rate"), quarterMeasures).components).toEqual([
      { measure: "deals_won", label: "Deals won", value: "12" },
      { measure: "deals_lost", label: "Deals lost", value: "20" },
    ]);
  });

  it("a family member is labelled with its family and parameter", () => {
    expect(evaluateKpi(kpi("stage_conversion.propose"), quarterMeasures).components).toEqual([
      {
        measure: "deals_passed_stage.propose",
        label: "Deals that went past the stage (propose)",
        value: "18",
      },
      {
        measure: "deals_reached_stage.propose",
        label: "Deals that reached the stage (propose)",
        value: "24",
      },
    ]);
  });
});

describe("evaluateKpi: rounding happens once, at the end, per unit", () => {
  const custom = (formula: string, unit: KpiDefinition["unit"]): KpiDefinition => ({
    ...kpi("bookings"),
    key: "custom_x",
    name: "Custom figure",
    formula,
    unit,
    custom: true,
  });

  it("currency 0.125 → 0.13 and −0.125 → −0.13 (ties away from zero)", () => {
    expect(evaluateKpi(custom("net_bookings / 8", "currency"), { net_bookings: "1" }).value).toBe("0.13");
    expect(evaluateKpi(custom("net_bookings / 8", "currency"), { net_bookings: "-1" }).value).toBe("-0.13");
  });

  it("percent 0.00005 → 0.0001; a count that divides keeps 2 places, one that does not keeps 0", () => {
    expect(
      evaluateKpi(custom("complaints / customers_served", "percent"), {
        complaints: "1",
        customers_served: "20000",
      }).value,
    ).toBe("0.0001");
    expect(evaluateKpi(custom("calls / 8", "count"), { calls: "1" }).value).toBe("0.13");
    expect(evaluateKpi(custom("calls + 0.5", "count"), { calls: "2" }).value).toBe("3");
  });

  it("−0.001 in currency is 0.00, never −0.00", () => {
    expect(evaluateKpi(custom("net_bookings", "currency"), { net_bookings: "-0.001" }).value).toBe("0.00");
  });

  it("custom KPIs may use the language's functions: ROUND(calls / 3, 0) + IF(meetings > 10, 1, 0) = 3 + 1", () => {
    const value = evaluateKpi(custom("ROUND(calls / 3, 0) + IF(meetings > 10, 1, 0)", "count"), {
      calls: "10",
      meetings: "11",
    });
    expect(value.value).toBe("4.00");
  });
});

describe("evaluateKpi: no value, with the reason in words", () => {
  const zero = (overrides: Record<string, string>) => ({ ...quarterMeasures, ...overrides });
  const reasons: [string, Record<string, string>, string][] = [
    [
      "complaint_rate",
      { customers_served: "0" },
      "No customer was served in the period, so there is no complaint rate.",
    ],
    [
      "win_rate",
      { deals_won: "0", deals_lost: "0" },
      "No deal was won in the period and no deal was lost in the period, so there is no win rate.",
    ],
    [
      "pipeline_coverage",
      { net_bookings: "150000" },
      "The target is already met (or there is no target), so there is no pipeline coverage.",
    ],
    [
      "pipeline_coverage",
      { net_bookings: "200000" },
      "The target is already met (or there is no target), so there is no pipeline coverage.",
    ],
    [
      "quota_attainment",
      { booking_target: "0" },
      "There is no target for the period, so there is no quota attainment.",
    ],
    ["arpu", { customers_end: "0" }, "There are no customers at the end of the period, so there is no ARPU."],
    [
      "cac",
      { new_customers: "0" },
      "No new customer was won in the period, so there is no customer acquisition cost.",
    ],
    [
      "calls_per_rep",
      { customer_facing_months: "0.00" },
      "No customer-facing person was employed in the period, so there is no calls per rep.",
    ],
    [
      "mql_to_sql_conversion",
      { mqls: "0" },
      "No lead became an MQL in the period, so there is no MQL-to-SQL conversion.",
    ],
    [
      "stage_conversion.propose",
      { "deals_reached_stage.propose": "0" },
      "No deal closed in the period reached this stage, so there is no propose conversion.",
    ],
  ];

  it.each(reasons)("%s with %j: %s", (key, overrides, message) => {
    expect(evaluateKpi(kpi(key), zero(overrides))).toMatchObject({
      value: null,
      reason: { code: "division_by_zero", message },
    });
  });

  it("a compound divisor that is zero without a zero measure names the divisor and its values", () => {
    const definition: KpiDefinition = {
      ...kpi("win_rate"),
      key: "odd",
      name: "Odd rate",
      formula: "deals_won / (deals_won - deals_lost)",
      custom: true,
    };
    expect(evaluateKpi(definition, { deals_won: "5", deals_lost: "5" }).reason).toEqual({
      code: "division_by_zero",
      message:
        'The divisor "deals_won - deals_lost" is 0 (Deals won 5, Deals lost 5), so there is no odd rate.',
    });
  });

  it("a missing measure is named, with the components that are there", () => {
    expect(evaluateKpi(kpi("win_rate"), { deals_won: "3" })).toEqual({
      value: null,
      reason: {
        code: "missing_measure",
        message: '"Deals lost" (deals_lost) has no value, so there is no win rate.',
      },
      components: [{ measure: "deals_won", label: "Deals won", value: "3" }],
    });
  });

  it("a figure beyond 1e30 is a not_applicable reason, not a broken number", () => {
    const definition: KpiDefinition = { ...kpi("bookings"), formula: "net_bookings * net_bookings" };
    expect(evaluateKpi(definition, { net_bookings: "1000000000000000000" })).toMatchObject({
      value: null,
      reason: { code: "not_applicable" },
    });
  });

  it("a measure that is not a plain decimal is the caller's bug: it throws, naming the measure", () => {
    expect(() => evaluateKpi(kpi("bookings"), { net_bookings: "NaN" })).toThrow(EngineInputError);
    expect(() => evaluateKpi(kpi("bookings"), { net_bookings: "1e3" })).toThrow(/net_bookings/);
  });
});
