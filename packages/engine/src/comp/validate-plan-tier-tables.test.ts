import { describe, expect, it } from "vitest";
import type { Tier } from "./plan";
import { validatePlan } from "./validate-plan";
import { withChange } from "./validate-plan-test-plan";

// The test plan's first table, "AE tiers" (marginal), with its bands replaced.
const issuesWithBands = (tiers: Tier[], method?: "marginal" | "retroactive" | "interpolated") => {
  const result = validatePlan(
    withChange((p) => {
      p.tierTables[0]!.tiers = tiers;
      if (method !== undefined) p.tierTables[0]!.method = method;
    }),
  );
  return result.ok ? [] : result.issues;
};
const at = (band: number, field?: string) => ["tierTables", 0, "tiers", band, ...(field ? [field] : [])];

describe("validatePlan: tier tables", () => {
  it("reports a gap: band 2 starts at 1.10 but band 1 ends at 1.00", () => {
    const tiers = [
      { from: "0", to: "1.00", rate: "0.05" },
      { from: "1.10", to: null, rate: "0.08" },
    ];
    expect(issuesWithBands(tiers)).toEqual([
      {
        path: at(1, "from"),
        message:
          "tier table 'AE tiers': band 2 starts at 1.10 but band 1 ends at 1.00 — gap from 1.00 to 1.10",
      },
    ]);
  });

  it("reports an overlap: band 2 starts at 0.90 but band 1 ends at 1.00", () => {
    const tiers = [
      { from: "0", to: "1.00", rate: "0.05" },
      { from: "0.90", to: null, rate: "0.08" },
    ];
    expect(issuesWithBands(tiers)).toEqual([
      {
        path: at(1, "from"),
        message:
          "tier table 'AE tiers': band 2 starts at 0.90 but band 1 ends at 1.00 — overlap from 0.90 to 1.00",
      },
    ]);
  });

  it("accepts 1.0 and 1.00 as the same boundary (compared as numbers, not text)", () => {
    const tiers = [
      { from: "0", to: "1.0", rate: "0.05" },
      { from: "1.00", to: null, rate: "0.08" },
    ];
    expect(issuesWithBands(tiers)).toEqual([]);
  });

  it("reports bands out of order, a band ending below its start, and a first band not at 0", () => {
    const tiers = [
      { from: "0.5", to: "1.5", rate: "0.05" },
      { from: "1.5", to: "1.2", rate: "0.08" },
      { from: "1.2", to: null, rate: "0.1" },
    ];
    expect(issuesWithBands(tiers)).toEqual([
      {
        path: at(0, "from"),
        message:
          "tier table 'AE tiers': band 1 starts at 0.5 — the first band must start at 0 (a band with rate 0 makes a threshold)",
      },
      {
        path: at(1, "to"),
        message: "tier table 'AE tiers': band 2 ends at 1.2, which is not above its start 1.5",
      },
      {
        path: at(2, "from"),
        message:
          "tier table 'AE tiers': band 3 starts at 1.2, not above band 2's start 1.5 — bands must be in ascending order",
      },
    ]);
  });

  it("reports an open-ended band that is not last, and a last band that is not open-ended", () => {
    const tiers = [
      { from: "0", to: null, rate: "0.05" },
      { from: "1", to: "2", rate: "0.08" },
    ];
    expect(issuesWithBands(tiers)).toEqual([
      {
        path: at(0, "to"),
        message: `tier table 'AE tiers': band 1 is open-ended (no "to") but band 2 follows — only the last band may be open-ended`,
      },
      {
        path: at(1, "to"),
        message:
          "tier table 'AE tiers': band 2 is the last band and ends at 2 — the last band must be open-ended (to: null) so every value has a rate; limit pay with caps",
      },
    ]);
  });

  it("reports a negative rate -0.01, and allows a decelerator multiplier of 0.5 (< 1, ≥ 0)", () => {
    expect(issuesWithBands([{ from: "0", to: null, rate: "-0.01" }])).toEqual([
      { path: at(0, "rate"), message: "tier table 'AE tiers': band 1 has a negative rate -0.01" },
    ]);
    const decelerated = validatePlan(
      withChange((p) => {
        p.tierTables[1]!.tiers[0]!.rate = "0.5";
      }),
    );
    expect(decelerated.ok).toBe(true);
  });

  it("requires rateAtTo on every bounded band of an interpolated table, and only there", () => {
    const tiers = [
      { from: "0", to: "1", rate: "0" },
      { from: "1", to: null, rate: "1", rateAtTo: "2" },
    ];
    expect(issuesWithBands(tiers, "interpolated")).toEqual([
      {
        path: at(0),
        message: `tier table 'AE tiers': band 1 needs rateAtTo: an interpolated table goes from rate at "from" to rateAtTo at "to"`,
      },
      {
        path: at(1, "rateAtTo"),
        message: `tier table 'AE tiers': band 2 is open-ended, so there is no "to" for rateAtTo — it pays its rate flat; remove rateAtTo`,
      },
    ]);
    expect(issuesWithBands([{ from: "0", to: null, rate: "0.05", rateAtTo: "0.06" }], "retroactive")).toEqual(
      [
        {
          path: at(0, "rateAtTo"),
          message:
            "tier table 'AE tiers': band 1 has rateAtTo, which only interpolated tables use (this one is retroactive)",
        },
      ],
    );
  });

  it("reports a table with no bands", () => {
    expect(issuesWithBands([])).toEqual([
      { path: ["tierTables", 0, "tiers"], message: "tier table 'AE tiers' has no bands" },
    ]);
  });
});
