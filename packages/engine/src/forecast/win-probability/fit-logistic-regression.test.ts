import fc from "fast-check";
import { uniformFloat64 } from "pure-rand/distribution/uniformFloat64";
import { xoroshiro128plus } from "pure-rand/generator/xoroshiro128plus";
import { describe, expect, it } from "vitest";
import { fitLogisticRegression, sigmoid } from "./fit-logistic-regression";
import { applyPlattScaling, fitPlattScaling } from "./fit-platt-scaling";

/** n rows of [1, x1, x2] with x ~ N(0, 1) and y ~ Bernoulli(σ(β·x)), from a fixed seed. */
function synthetic(beta: number[], n: number, seed: number) {
  const rng = xoroshiro128plus(seed);
  const normal = () =>
    Math.sqrt(-2 * Math.log(1 - uniformFloat64(rng))) * Math.cos(2 * Math.PI * uniformFloat64(rng));
  const rows: number[][] = [];
  const labels: boolean[] = [];
  for (let i = 0; i < n; i++) {
    const x = [1, normal(), normal()];
    rows.push(x);
    labels.push(uniformFloat64(rng) < sigmoid(x.reduce((sum, v, j) => sum + v * (beta[j] as number), 0)));
  }
  return { rows, labels };
}

describe("L2 logistic regression (IRLS)", () => {
  it("recovers β = (−0.5, 1.2, −2) from 20,000 synthetic rows within 0.1", () => {
    const { rows, labels } = synthetic([-0.5, 1.2, -2], 20_000, 42);
    const fit = fitLogisticRegression(rows, labels, { lambda: 1e-6 });
    expect(fit.converged).toBe(true);
    // Sampling error of each coefficient at n = 20,000 is about 0.03: 0.1 is three of them.
    [-0.5, 1.2, -2].forEach((truth, j) => {
      expect(Math.abs((fit.coefficients[j] as number) - truth)).toBeLessThan(0.1);
    });
  });

  it("the penalty shrinks slopes but never the intercept: λ = 1e6 leaves only the base rate's logit", () => {
    // 3 won of 4: intercept → log(3) = 1.0986, slope → 0.
    const fit = fitLogisticRegression(
      [
        [1, 2],
        [1, -1],
        [1, 0.5],
        [1, 3],
      ],
      [true, false, true, true],
      { lambda: 1e6 },
    );
    expect(fit.coefficients[0]).toBeCloseTo(Math.log(3), 3);
    expect(Math.abs(fit.coefficients[1] as number)).toBeLessThan(1e-4);
  });

  it("Platt scaling fixes an over-confident score: raw logits twice too large → slope ≈ 0.5", () => {
    const rng = xoroshiro128plus(7);
    const raw: number[] = [];
    const labels: boolean[] = [];
    for (let i = 0; i < 20_000; i++) {
      const z = (uniformFloat64(rng) - 0.5) * 6;
      raw.push(sigmoid(2 * z));
      labels.push(uniformFloat64(rng) < sigmoid(z));
    }
    const calibration = fitPlattScaling(raw, labels);
    expect(calibration.b).toBeCloseTo(0.5, 1);
    expect(Math.abs(calibration.a)).toBeLessThan(0.1);
  });

  it("property: calibration is monotone (a higher raw score never gets a lower probability)", () => {
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.double({ min: 0.01, max: 0.99, noNaN: true }), fc.boolean()), {
          minLength: 4,
          maxLength: 60,
        }),
        fc.double({ min: 0.001, max: 0.999, noNaN: true }),
        fc.double({ min: 0.001, max: 0.999, noNaN: true }),
        (pairs, x, y) => {
          const calibration = fitPlattScaling(
            pairs.map(([p]) => p),
            pairs.map(([, won]) => won),
          );
          const [low, high] = x <= y ? [x, y] : [y, x];
          expect(applyPlattScaling(calibration, low)).toBeLessThanOrEqual(
            applyPlattScaling(calibration, high),
          );
        },
      ),
      { numRuns: 60 },
    );
  });
});
