import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { compareAmounts } from "../money/compare-amounts";
import { decimalString } from "../test-support/arbitraries";
import { flagOpportunityRisks, type OpportunityRiskFacts } from "./flag-opportunity-risks";
import { inferPipelineStages } from "./infer-pipeline-stages";
import { checkPipelineSettings } from "./check-pipeline-settings";
import { stageConversion } from "./stage-conversion";
import { stageVelocity, stageVisits } from "./stage-velocity";
import { testConfig } from "./test-config";
import { weightedPipeline } from "./weighted-pipeline";

const cents = fc.bigInt({ min: 0n, max: 10_000_000_00n }).map((c) => decimalString(c, 2));
const probability = fc.integer({ min: 0, max: 10_000 }).map((p) => decimalString(BigInt(p), 4));
const day = fc.integer({ min: 0, max: 400 }).map((n) => {
  const d = new Date(Date.UTC(2025, 0, 1 + n));
  return d.toISOString().slice(0, 10);
});
const stageNames = ["Discovery", "Proposal", "Negotiation", "Won", "Lost", "Signed"];

describe("pipeline properties", () => {
  it("weighted ≤ open when every probability ≤ 1, and ≥ 0 for non-negative amounts", () => {
    fc.assert(
      fc.property(fc.array(fc.record({ amount: cents, probability }), { maxLength: 30 }), (deals) => {
        const { open, weighted } = weightedPipeline(deals, "EUR");
        expect(compareAmounts(weighted, open)).toBeLessThanOrEqual(0);
        expect(compareAmounts(weighted, "0")).toBeGreaterThanOrEqual(0);
      }),
    );
  });

  it("flags are a pure function of the inputs, and closed deals only get the three data flags", () => {
    const arbDeal = fc.record({
      status: fc.constantFrom("open" as const, "won" as const, "lost" as const),
      stage: fc.constantFrom(...stageNames),
      amount: fc.option(cents),
      closeDate: fc.option(day),
      createdOn: fc.option(day),
      accountId: fc.option(fc.constant("a")),
      productId: fc.constant(null),
      nextStep: fc.option(fc.constantFrom("", "Call", "Demo")),
      nextStepDue: fc.option(day),
      source: fc.constant(null),
      contactCount: fc.option(fc.nat(4)),
      qualification: fc.dictionary(fc.constantFrom("economic_buyer", "champion"), fc.boolean()),
      stageEnteredOn: fc.option(day),
      lastActivityOn: fc.option(day),
      pushCount: fc.nat(5),
      peakAmount: fc.option(cents),
      missingRate: fc.constant(null),
    }) satisfies fc.Arbitrary<OpportunityRiskFacts>;
    fc.assert(
      fc.property(arbDeal, day, (deal, today) => {
        const first = flagOpportunityRisks(deal, testConfig(), today);
        expect(flagOpportunityRisks(structuredClone(deal), testConfig(), today)).toEqual(first);
        if (deal.status !== "open")
          for (const flag of first)
            expect(["unknown_stage", "negative_amount", "no_rate"]).toContain(flag.kind);
        expect(new Set(first.map((f) => f.kind)).size).toBe(first.length);
      }),
    );
  });

  it("velocity days are ≥ 0 for histories in date order, and count every completed stay", () => {
    const arbHistory = fc
      .array(fc.record({ on: day, stage: fc.constantFrom(...stageNames) }), { maxLength: 12 })
      .map((rows) =>
        rows.sort((a, b) => a.on.localeCompare(b.on)).map((r) => ({ ...r, amount: null, closeDate: null })),
      );
    fc.assert(
      fc.property(fc.array(arbHistory, { maxLength: 10 }), (histories) => {
        const visits = histories.flatMap((h) => stageVisits(h));
        for (const v of visits) expect(v.days).toBeGreaterThanOrEqual(0);
        const rows = stageVelocity(testConfig().stages, visits);
        for (const row of rows) {
          expect(row.deals).toBe(visits.filter((v) => v.stage === row.stage).length);
          if (row.medianDays !== null) expect(row.medianDays).toBeGreaterThanOrEqual(0);
        }
      }),
    );
  });

  it("conversion counts are consistent: advanced(i) = entered(i+1), won + lost ≤ entered, advanced ≤ entered", () => {
    const arbCounts = fc.array(
      fc.record({
        reached: fc.option(fc.constantFrom("Discovery", "Proposal", "Negotiation", "Signed")),
        status: fc.constantFrom("open" as const, "won" as const, "lost" as const),
        deals: fc.nat(50),
      }),
      { maxLength: 20 },
    );
    fc.assert(
      fc.property(arbCounts, (counts) => {
        const rows = stageConversion(testConfig().stages, counts);
        rows.forEach((row, i) => {
          expect(row.advanced).toBeLessThanOrEqual(row.entered);
          expect(row.won + row.lost).toBeLessThanOrEqual(row.entered);
          const next = rows[i + 1];
          if (next) expect(next.entered).toBe(row.advanced);
          else expect(row.advanced).toBe(row.won);
        });
      }),
    );
  });

  it("an inferred configuration always passes the settings check", () => {
    const arbObserved = fc.uniqueArray(
      fc
        .record({
          stage: fc
            .string({ minLength: 1, maxLength: 8 })
            .filter((s) => s.trim() !== "" && s !== "Closed Won" && s !== "Closed Lost"),
          order: fc.double({ min: 0, max: 10, noNaN: true }),
          outcome: fc.constantFrom("open" as const, "won" as const, "lost" as const),
          reached: fc.nat(100),
          won: fc.nat(100),
        })
        .map((s) => ({ ...s, won: Math.min(s.won, s.reached) })),
      { selector: (s) => s.stage, maxLength: 8 },
    );
    fc.assert(
      fc.property(arbObserved, (observed) => {
        expect(checkPipelineSettings(inferPipelineStages(observed))).toEqual([]);
      }),
    );
  });
});
