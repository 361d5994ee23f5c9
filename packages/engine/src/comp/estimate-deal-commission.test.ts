import { describe, expect, it } from "vitest";
import { estimateDealCommission } from "./estimate-deal-commission";
import { credit, inputFor, planWith, tierTable } from "./test-fixtures";

describe("estimateDealCommission", () => {
  it("crossing 100%: 80,000 → 4,800 (6%); + 30,000 deal → 100,000×6% + 10,000×8% = 6,800; difference 2,000", () => {
    const table = tierTable("AE", "attainment", "marginal", [
      ["0", "1.00", "0.06"],
      ["1.00", null, "0.08"],
    ]);
    const plan = planWith({
      tierTables: [table],
      components: [
        {
          kind: "commission",
          name: "AE",
          measure: "bookings",
          rate: { kind: "tiers", table: "AE" },
          evaluation: "cumulative",
          reset: "month",
          trueUp: false,
        },
      ],
    });
    const input = inputFor(plan, {
      credits: [credit("d1", "2025-01-05", "80000")],
      quotas: { "2025-01": "100000" },
    });
    const result = estimateDealCommission(input, credit("what-if", "2025-01-25", "30000"));
    expect([result.before.totals.earned, result.after.totals.earned, result.difference]).toEqual([
      "4800.00",
      "6800.00",
      "2000.00",
    ]);
  });

  it("refuses a deal dated outside the period", () => {
    const input = inputFor(planWith());
    expect(() => estimateDealCommission(input, credit("late", "2025-02-01", "1"))).toThrow(
      "payee 'ana', period 2025-01: deal 'what-if' is dated 2025-02-01, outside the period".replace(
        "what-if",
        "late",
      ),
    );
  });
});
