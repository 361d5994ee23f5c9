import { describe, expect, it } from "vitest";
import type { PlanDefinition } from "./plan";
import { validatePlan } from "./validate-plan";
import { componentOf, withChange } from "./validate-plan-test-plan";

const issuesAfter = (change: (plan: PlanDefinition) => void, options?: { measures?: string[] }) => {
  const result = validatePlan(withChange(change), options);
  return result.ok ? [] : result.issues;
};
const MEASURES = "measures: bookings, arr, margin, units, paid_amount";

describe("validatePlan: components", () => {
  it("reports an unknown measure with the nearest known one, on a component and as the quota measure", () => {
    const issues = issuesAfter((p) => {
      componentOf(p, 0, "commission").measure = "boookings";
      p.quotaMeasure = "revenue";
    });
    expect(issues).toEqual([
      { path: ["quotaMeasure"], message: `unknown measure "revenue" — ${MEASURES}` },
      {
        path: ["components", 0, "measure"],
        message: `unknown measure "boookings" (did you mean "bookings"?) — ${MEASURES}`,
      },
    ]);
  });

  it("accepts a workspace measure passed in options.measures", () => {
    const change = (p: PlanDefinition) => {
      componentOf(p, 4, "spif").measure = "meetings";
    };
    expect(issuesAfter(change)).toEqual([
      { path: ["components", 4, "measure"], message: `unknown measure "meetings" — ${MEASURES}` },
    ]);
    expect(issuesAfter(change, { measures: ["bookings", "margin", "units", "meetings"] })).toEqual([]);
  });

  it("reports unknown tier and rate tables, naming the ones that exist", () => {
    const issues = issuesAfter((p) => {
      componentOf(p, 0, "commission").rate = { kind: "tiers", table: "AE tier" };
      componentOf(p, 1, "commission").rate = { kind: "rate_table", table: "Rates" };
    });
    expect(issues).toEqual([
      {
        path: ["components", 0, "rate", "table"],
        message:
          'unknown tier table "AE tier" (did you mean "AE tiers"?) — tier tables: AE tiers, Accelerator, Team bonus',
      },
      {
        path: ["components", 1, "rate", "table"],
        message: 'unknown rate table "Rates" — rate tables: Product rates',
      },
    ]);
  });

  it("reports a multiplier on a marginal table and a bonus on an amount table", () => {
    const issues = issuesAfter((p) => {
      componentOf(p, 0, "commission").multiplier = { table: "AE tiers" };
      p.tierTables[2]!.basis = "amount";
    });
    expect(issues).toEqual([
      {
        path: ["components", 0, "multiplier", "table"],
        message:
          "tier table 'AE tiers' is marginal, but a multiplier reads one rate at the attainment reached — use retroactive (steps) or interpolated (linear)",
      },
      {
        path: ["components", 2, "table"],
        message: "tier table 'Team bonus' is on amount, but an attainment bonus needs a table on attainment",
      },
    ]);
  });

  it("reports a rate-table row keyed on 'segmnt' (not a key) and missing 'segment'", () => {
    const issues = issuesAfter((p) => {
      p.rateTables[0]!.rows[0]!.match = { product: "platform", segmnt: "smb" };
    });
    expect(issues).toEqual([
      {
        path: ["rateTables", 0, "rows", 0, "match", "segmnt"],
        message: `rate table 'Product rates': row 1 matches on "segmnt", which is not one of its keys (product, segment) — did you mean "segment"?`,
      },
      {
        path: ["rateTables", 0, "rows", 0, "match"],
        message: `rate table 'Product rates': row 1 has no value for key "segment" (use "*" for any value)`,
      },
    ]);
  });

  it("reports caps of 0 and -5, a negative flat rate, SPIF payout and threshold", () => {
    const issues = issuesAfter((p) => {
      componentOf(p, 0, "commission").caps = { perDeal: "0", perYear: "-5" };
      componentOf(p, 4, "spif").payout = { perDeal: "-250" };
      const override = componentOf(p, 5, "override");
      override.rate = { kind: "flat", rate: "-0.01" };
      override.threshold = "-1";
    });
    expect(issues).toEqual([
      {
        path: ["components", 0, "caps", "perDeal"],
        message: "cap perDeal must be greater than 0, got 0 (leave it out for no cap)",
      },
      {
        path: ["components", 0, "caps", "perYear"],
        message: "cap perYear must be greater than 0, got -5 (leave it out for no cap)",
      },
      { path: ["components", 4, "payout", "perDeal"], message: "perDeal must not be negative, got -250" },
      { path: ["components", 5, "rate", "rate"], message: "rate must not be negative, got -0.01" },
      { path: ["components", 5, "threshold"], message: "threshold must not be negative, got -1" },
    ]);
  });

  it("reports MBO weights 0.4 + 0.5 = 0.9 (not 1) and a SPIF ending before it starts", () => {
    const issues = issuesAfter((p) => {
      componentOf(p, 3, "mbo").objectives[1]!.weight = "0.5";
      componentOf(p, 4, "spif").filter = { from: "2025-03-31", to: "2025-01-01" };
    });
    expect(issues).toEqual([
      {
        path: ["components", 3, "objectives"],
        message: "MBO 'Objectives': objective weights add up to 0.9, not 1",
      },
      {
        path: ["components", 4, "filter", "to"],
        message: "filter ends on 2025-01-01, before it starts on 2025-03-31",
      },
    ]);
  });
});
