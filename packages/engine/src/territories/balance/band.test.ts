import fc from "fast-check";
import highsLoader from "highs";
import { describe, expect, it } from "vitest";
import { createState } from "./assignment-state";
import { options, seededInstance } from "./balance-fixtures";
import { bandPenalty } from "./balance-model";
import { balanceTerritories } from "./balance-territories";
import { createHighsSolver } from "./create-highs-solver";
import { prepareBalance } from "./prepare-balance";

const heavy = { potential: 1, workload: 0.5, compactness: 5, disruption: 5 };

describe("the balance band", () => {
  it("keeps every territory of a seeded 2,000 × 20 instance within ±5% with compactness and disruption weighted 5 (25× the default)", () => {
    const input = seededInstance(2_000, 20, 11, options({ weights: heavy }));
    const result = balanceTerritories(input, null);
    expect(result.before?.potential.maxDeviation).toBeGreaterThan(0.5);
    expect(result.metrics.potential.maxDeviation).toBeLessThanOrEqual(0.05);
    // Without the band the same weights trade balance for compactness and disruption.
    const free = balanceTerritories({ ...input, options: { ...input.options, band: null } }, null);
    expect(free.metrics.potential.maxDeviation).toBeGreaterThan(0.05);
  }, 120_000);

  it("the MILP path keeps the band too (300 × 6, compactness and disruption weighted 5)", async () => {
    const solver = createHighsSolver(await highsLoader());
    const input = seededInstance(300, 6, 3, options({ weights: heavy, method: "milp", mipRelGap: 0.01 }));
    const result = balanceTerritories(input, solver);
    // HiGHS's assignment is kept (the band rows are in the model, not only in the heuristic).
    expect(result.method).toBe("milp");
    expect(result.metrics.potential.maxDeviation).toBeLessThanOrEqual(0.05);
    expect(result.metrics.workload.maxDeviation).toBeLessThanOrEqual(0.05);
  }, 120_000);

  it("stops the local search at the clock's budget (a clock 1 s further on at every look, 1 s budget), and the band repair still holds the band", () => {
    let ms = 0;
    let looks = 0;
    const now = () => {
      looks += 1;
      ms += 1_000;
      return ms;
    };
    const input = seededInstance(2_000, 20, 11, options({ timeLimitSeconds: 1, now }));
    const result = balanceTerritories(input, null);
    expect(looks).toBeGreaterThan(0);
    // One look to start, one per search phase (each out of time at its first look): 2 spreads + 3 polish phases.
    expect(looks).toBe(6);
    expect(result.metrics.potential.maxDeviation).toBeLessThanOrEqual(0.05);
  });

  it("the penalty is 0 exactly when every territory is within the band (property)", () => {
    const input = seededInstance(60, 4, 5, options());
    const { model } = prepareBalance(input);
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: 0, max: 3 }), { minLength: 60, maxLength: 60 }),
        fc.double({ min: 0, max: 1, noNaN: true }),
        (where, band) => {
          const banded = { ...model, band };
          const state = createState(banded, Int32Array.from(where));
          let penalty = 0;
          let within = true;
          for (let t = 0; t < 4; t++) {
            const p = state.potential[t] as number;
            const w = state.workload[t] as number;
            penalty += bandPenalty(banded, t, p, w);
            const dp =
              Math.abs(p - (model.targetPotential[t] as number)) / (model.targetPotential[t] as number);
            const dw =
              Math.abs(w - (model.targetWorkload[t] as number)) / (model.targetWorkload[t] as number);
            within &&= dp <= band && dw <= band;
          }
          expect(penalty >= 0).toBe(true);
          expect(penalty === 0).toBe(within);
        },
      ),
      { numRuns: 300 },
    );
  });

  it("rejects a band outside 0–1", () => {
    const input = seededInstance(10, 2, 1, options({ band: 1.5 }));
    expect(() => balanceTerritories(input, null)).toThrow(/options.band/);
  });
});
