import { describe, expect, it } from "vitest";
import { SegmentationInputError } from "../segmentation-input-error";
import { context, testAccount } from "../test-account";
import type { RuleSegmentationConfig } from "../types";
import { segmentByRules } from "./segment-by-rules";

const config: RuleSegmentationConfig = {
  kind: "rules",
  rules: [
    {
      segment: "Enterprise",
      conditions: [
        { field: "employees", op: "between", min: "1000" },
        { field: "countryCode", op: "in", values: ["FR", "DE"] },
      ],
    },
    { segment: "Mid-market", conditions: [{ field: "annualRevenue", op: "between", min: "50", max: "500" }] },
    { segment: "Lapsed", conditions: [{ field: "recencyDays", op: "between", min: "365" }] },
    { segment: "Paris", conditions: [{ field: "postalCode", op: "startsWith", values: ["75"] }] },
  ],
  otherwise: "Other",
};

const accounts = [
  testAccount("a", { employees: 1000, countryCode: "FR", annualRevenue: "900" }),
  testAccount("b", { employees: 5000, countryCode: "US", annualRevenue: "500" }),
  testAccount("c", { employees: 200, annualRevenue: "50.00" }),
  testAccount("d", {}, { lastOrderDate: "2025-06-30" }),
  testAccount("e", { postalCode: "75011" }, { lastOrderDate: "2025-07-01" }),
  testAccount("f"),
];

describe("segmentByRules", () => {
  const { assignments, warnings, segments } = segmentByRules(accounts, config, context);
  const segmentOf = (id: string) => assignments.find((a) => a.accountId === id)?.segment;

  it("employees 1000 ≥ min 1000 (inclusive) and FR ∈ [FR, DE] → Enterprise by rule 1", () => {
    expect(segmentOf("a")).toBe("Enterprise");
    expect(assignments[0]?.trace).toEqual([
      'rule 1 "Enterprise": employees = "1000" between [1000, ∞) ✓; countryCode = "FR" in [FR, DE] ✓ → match',
      'segment "Enterprise" (rule 1, first match)',
    ]);
  });

  it("max is exclusive: annual revenue 500 is not in [50, 500), so b falls through every rule → Other", () => {
    expect(segmentOf("b")).toBe("Other");
    expect(assignments[1]?.trace[0]).toBe(
      'rule 1 "Enterprise": employees = "5000" between [1000, ∞) ✓; countryCode = "US" in [FR, DE] ✗ → no match',
    );
    expect(assignments[1]?.trace.at(-1)).toBe('no rule matched → otherwise "Other"');
  });

  it("min is inclusive and compared exactly: 50.00 ≥ 50 → Mid-market", () => {
    expect(segmentOf("c")).toBe("Mid-market");
  });

  it("recency counts days from the last order to asOf: 2025-06-30 → 2026-06-30 = 365 → Lapsed; 364 days → not", () => {
    expect(segmentOf("d")).toBe("Lapsed");
    expect(assignments[3]?.trace[2]).toBe('rule 3 "Lapsed": recencyDays = "365" between [365, ∞) ✓ → match');
    expect(segmentOf("e")).toBe("Paris");
  });

  it("a missing value fails between and in; the first matching rule wins; segments in rule order then otherwise", () => {
    expect(segmentOf("f")).toBe("Other");
    expect(assignments[5]?.trace[0]).toContain("employees = (none) between [1000, ∞) ✗");
    expect(warnings).toEqual([]);
    expect(segments).toEqual(["Enterprise", "Mid-market", "Lapsed", "Paris", "Other"]);
  });

  it("without otherwise, unmatched accounts stay unsegmented with a warning", () => {
    const result = segmentByRules(accounts, { ...config, otherwise: null }, context);
    expect(result.assignments.map((a) => a.segment)).toEqual([
      "Enterprise",
      null,
      "Mid-market",
      "Lapsed",
      "Paris",
      null,
    ]);
    expect(result.warnings).toEqual([
      { accountId: "b", message: "no rule matched" },
      { accountId: "f", message: "no rule matched" },
    ]);
  });

  it("notIn passes an account without the value; isNull / notNull; attributes; an empty rule matches all", () => {
    const rules: RuleSegmentationConfig = {
      kind: "rules",
      rules: [
        {
          segment: "Not retail",
          conditions: [
            { field: "industry", op: "notIn", values: ["retail"] },
            { field: "attribute:plan", op: "in", values: ["gold"] },
          ],
        },
        {
          segment: "No region",
          conditions: [
            { field: "regionId", op: "isNull" },
            { field: "winRate", op: "between", min: "0.5" },
          ],
        },
        { segment: "Rest", conditions: [] },
      ],
      otherwise: null,
    };
    const result = segmentByRules(
      [
        testAccount("x", { attributes: { plan: "gold" } }),
        testAccount("y", {}, { wonDeals: 1, lostDeals: 1 }),
        testAccount("z", {}, { wonDeals: 1, lostDeals: 2 }),
      ],
      rules,
      context,
    );
    expect(result.assignments.map((a) => a.segment)).toEqual(["Not retail", "No region", "Rest"]);
    // 1 ÷ 3 = 0.3333 (4 decimals, half up) < 0.5
    expect(result.assignments[2]?.trace[1]).toContain('winRate = "0.3333" between [0.5, ∞) ✗');
  });

  it("rejects bad rules and bad accounts with every issue, by field", () => {
    const bad = {
      kind: "rules",
      rules: [
        {
          segment: "X",
          conditions: [
            { field: "industry", op: "between", min: "1" },
            { field: "employees", op: "between", min: "10", max: "5" },
          ],
        },
        { segment: "Y", conditions: [{ field: "colour", op: "in", values: ["red"] }] },
      ],
      otherwise: null,
    } as unknown as RuleSegmentationConfig;
    expect(() => segmentByRules([], bad, context)).toThrow(SegmentationInputError);
    try {
      segmentByRules([testAccount("a"), testAccount("a", { annualRevenue: "1e3" })], config, context);
    } catch (error) {
      expect((error as SegmentationInputError).issues.map((issue) => issue.field)).toEqual([
        "accounts[1].id",
        "accounts[1].annualRevenue",
      ]);
    }
    expect.assertions(2);
  });
});
