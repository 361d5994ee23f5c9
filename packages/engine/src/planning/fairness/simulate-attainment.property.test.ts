import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { FairnessRep } from "../types";
import { simulateAttainment } from "./simulate-attainment";

const amount = fc.integer({ min: 0, max: 500_000 }).map(String);
const probability = fc.integer({ min: 0, max: 100 }).map((p) => (p / 100).toFixed(2));
const arbRep: fc.Arbitrary<Omit<FairnessRep, "quota">> = fc.record({
  id: fc.constantFrom("r1", "r2", "r3"),
  teamId: fc.constantFrom("A", "B"),
  history: fc.array(amount, { maxLength: 6 }),
  pipeline: fc.array(fc.record({ amount, probability }), { maxLength: 6 }),
  capacityFactor: probability,
});

describe("simulateAttainment properties", () => {
  it("pThreshold and pQuota never rise when the quota rises (same seed, same draws of actuals)", () => {
    fc.assert(
      fc.property(
        arbRep,
        fc.integer({ min: 1, max: 1_000_000 }),
        fc.integer({ min: 0, max: 1_000_000 }),
        fc.integer(),
        (base, quota, extra, seed) => {
          const run = (q: number) =>
            simulateAttainment({ reps: [{ ...base, quota: String(q) }], draws: 200, seed }).reps[0];
          const low = run(quota);
          const high = run(quota + extra);
          expect(high?.pThreshold).toBeLessThanOrEqual(low?.pThreshold as number);
          expect(high?.pQuota).toBeLessThanOrEqual(low?.pQuota as number);
          expect(high?.p50).toBeLessThanOrEqual(low?.p50 as number);
        },
      ),
      { numRuns: 60 },
    );
  });

  it("same input and seed → the same result; percentiles ordered; histogram sums to draws", () => {
    fc.assert(
      fc.property(
        fc.uniqueArray(arbRep, { selector: (r) => r.id, minLength: 1, maxLength: 3 }),
        fc.integer({ min: 1, max: 300 }),
        fc.integer(),
        (reps, draws, seed) => {
          const input = { reps: reps.map((r) => ({ ...r, quota: "100000" })), draws, seed };
          const first = simulateAttainment(input);
          expect(simulateAttainment(input)).toEqual(first);
          for (const r of first.reps) {
            expect(r.p10).toBeLessThanOrEqual(r.p50);
            expect(r.p50).toBeLessThanOrEqual(r.p90);
            expect(r.histogram.reduce((a, b) => a + b, 0)).toBe(draws);
            expect(r.pQuota).toBeLessThanOrEqual(r.pThreshold);
          }
          const mean = first.reps.reduce((sum, r) => sum + r.pThreshold, 0) / first.reps.length;
          expect(first.company.expectedShare).toBeCloseTo(mean, 12);
          expect(first.company.shareP10).toBeLessThanOrEqual(first.company.shareP90);
        },
      ),
      { numRuns: 60 },
    );
  });
});
