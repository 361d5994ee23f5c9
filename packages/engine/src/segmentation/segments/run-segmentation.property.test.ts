import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { sumAmounts } from "../../money/sum-amounts";
import { context, testAccount } from "../test-account";
import type { SegmentationAccount, SegmentationConfig } from "../types";
import { runSegmentation } from "./run-segmentation";

const arbAccount = (id: string): fc.Arbitrary<SegmentationAccount> =>
  fc
    .record({
      industry: fc.constantFrom(null, "retail", "software", "medical"),
      employees: fc.option(fc.integer({ min: 1, max: 5000 })),
      potential: fc.option(fc.integer({ min: 0, max: 100000 }).map((n) => (n / 100).toFixed(2))),
      lastOrder: fc.option(fc.integer({ min: 0, max: 700 })),
      orders: fc.integer({ min: 0, max: 30 }),
      revenue: fc.integer({ min: -1000, max: 100000 }).map((n) => (n / 100).toFixed(2)),
    })
    .map((r) =>
      testAccount(
        id,
        { industry: r.industry, employees: r.employees, potential: r.potential },
        {
          lastOrderDate:
            r.lastOrder === null ? null : `2025-${String(1 + (r.lastOrder % 12)).padStart(2, "0")}-15`,
          orders: r.orders,
          revenue: r.revenue,
        },
      ),
    );

const arbAccounts = fc
  .integer({ min: 4, max: 25 })
  .chain((n) => fc.tuple(...Array.from({ length: n }, (_, i) => arbAccount(`acc-${i}`))));

const configs: SegmentationConfig[] = [
  {
    kind: "rules",
    rules: [
      { segment: "Big", conditions: [{ field: "employees", op: "between", min: "1000" }] },
      { segment: "Retail", conditions: [{ field: "industry", op: "in", values: ["retail"] }] },
    ],
    otherwise: null,
  },
  {
    kind: "tiers",
    basis: "potential",
    method: "cumulative",
    tiers: [{ tier: "A", share: "0.8" }, { tier: "B" }],
  },
  { kind: "rfm", bins: 3 },
  { kind: "clusters", features: ["monetary", "frequency"], logFeatures: [], kMin: 2, kMax: 3, seed: 5 },
];

describe("runSegmentation (properties)", () => {
  it("every account gets exactly one assignment, in input order; profiles count the segmented accounts and sum their revenue", () => {
    fc.assert(
      fc.property(arbAccounts, fc.constantFrom(...configs), (accounts, config) => {
        let result: ReturnType<typeof runSegmentation>;
        try {
          result = runSegmentation(accounts, config, context);
        } catch (error) {
          // Too few distinct points for k-means is a reported input error, not a failure of the property.
          expect(String(error)).toMatch(/needs more than/);
          return;
        }
        expect(result.assignments.map((a) => a.accountId)).toEqual(accounts.map((a) => a.id));
        const segmented = result.assignments.filter((a) => a.segment !== null);
        expect(result.profiles.reduce((sum, p) => sum + p.accounts, 0)).toBe(segmented.length);
        // Exactly the unsegmented accounts are warned about (clusters list them by id, the others in input order).
        expect(new Set(result.warnings.map((w) => w.accountId))).toEqual(
          new Set(result.assignments.filter((a) => a.segment === null).map((a) => a.accountId)),
        );
        expect(result.warnings.length).toBe(accounts.length - segmented.length);
        const revenueOf = new Map(accounts.map((a) => [a.id, a.history.revenue]));
        const total = sumAmounts(segmented.map((a) => revenueOf.get(a.accountId) ?? "0"));
        expect(sumAmounts(result.profiles.map((p) => p.revenue))).toBe(total);
        expect(result.clusters === null).toBe(config.kind !== "clusters");
      }),
      { numRuns: 60 },
    );
  });
});
