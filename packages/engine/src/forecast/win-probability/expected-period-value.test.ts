import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { expectedPeriodValue } from "./expected-period-value";
import { normalPeriodInterval } from "./normal-period-interval";
import { simulatePeriodOutcome } from "./simulate-period-outcome";

describe("Period expected value and interval", () => {
  it("500.00 closed + 10000.00 × 0.6 × 0.5 (3000.00) + 333.33 × 0.33333 → 0.3333 × 1 (111.10) = 3611.10", () => {
    const result = expectedPeriodValue({
      closed: "500.00",
      deals: [
        { amount: "10000.00", winProbability: 0.6, closeInPeriodProbability: 0.5 },
        // 333.33 × 0.3333 = 111.098889 → 111.10 (half-up to the cent)
        { amount: "333.33", winProbability: 0.33333, closeInPeriodProbability: 1 },
      ],
    });
    expect(result).toEqual({ expected: "3611.10", dealValues: ["3000.00", "111.10"] });
  });

  it("Monte Carlo is deterministic for a seed and differs for another", () => {
    const deals = [
      { amountCents: 1_000_000, probability: 0.3 },
      { amountCents: 250_050, probability: 0.7 },
      { amountCents: 99_999, probability: 0.5 },
    ];
    const a = simulatePeriodOutcome(deals, { draws: 2000, seed: 11 });
    const b = simulatePeriodOutcome(deals, { draws: 2000, seed: 11 });
    const c = simulatePeriodOutcome(deals, { draws: 2000, seed: 12 });
    expect(a).toEqual(b);
    expect(c.meanCents).not.toBe(a.meanCents);
    expect(a.histogram.reduce((sum, bin) => sum + bin.share, 0)).toBeCloseTo(1, 12);
  });

  it("a sure deal and an impossible one: every draw is exactly the sure amount", () => {
    const result = simulatePeriodOutcome(
      [
        { amountCents: 12_345, probability: 1 },
        { amountCents: 99_999, probability: 0 },
      ],
      { draws: 500, seed: 1 },
    );
    expect(result).toMatchObject({ meanCents: 12_345, p10Cents: 12_345, p90Cents: 12_345 });
  });

  it("property: the Monte Carlo mean is within 5 standard errors of Σ a·q, and p10 ≤ mean ≤ p90", () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.record({
            amountCents: fc.integer({ min: 0, max: 10_000_000 }),
            // Rare events (q·draws ≪ 1) make the sample mean jump by a whole amount ÷ draws on a single hit, which no
            // normal bound covers: probabilities are 0, 1 or at least 1 % from either end.
            probability: fc.oneof(
              fc.constant(0),
              fc.constant(1),
              fc.double({ min: 0.01, max: 0.99, noNaN: true }),
            ),
          }),
          { minLength: 1, maxLength: 30 },
        ),
        fc.integer({ min: 0, max: 2 ** 31 - 1 }),
        (deals, seed) => {
          const draws = 4000;
          const result = simulatePeriodOutcome(deals, { draws, seed });
          const mean = deals.reduce((sum, d) => sum + d.amountCents * d.probability, 0);
          const variance = deals.reduce(
            (sum, d) => sum + d.amountCents ** 2 * d.probability * (1 - d.probability),
            0,
          );
          const standardError = Math.sqrt(variance / draws);
          expect(Math.abs(result.meanCents - mean)).toBeLessThanOrEqual(5 * standardError + 1 + mean * 1e-6);
          expect(result.p10Cents).toBeLessThanOrEqual(result.p90Cents);
        },
      ),
      { numRuns: 40 },
    );
  });

  it("normal interval: mean 500, variance 10,000 → 500 ∓ 1.2816 × 100, clipped to [0, ceiling]", () => {
    const { low, high } = normalPeriodInterval({ mean: 500, variance: 10_000, ceiling: 600 });
    expect(low).toBeCloseTo(371.845, 3);
    expect(high).toBe(600);
  });
});
