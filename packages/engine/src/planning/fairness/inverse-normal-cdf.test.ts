import { describe, expect, it } from "vitest";
import { inverseNormalCdf } from "./inverse-normal-cdf";

describe("inverseNormalCdf", () => {
  it.each([
    [0.5, 0],
    [0.975, 1.959963984540054],
    [0.8413447460685429, 1],
    [0.001, -3.090232306167813],
    [0.99, 2.326347874040841],
  ])("Φ⁻¹(%s) = %s (to 1e-8)", (p, z) => {
    expect(Math.abs(inverseNormalCdf(p) - z)).toBeLessThan(1e-8);
  });

  it("is symmetric: Φ⁻¹(1 − p) = −Φ⁻¹(p)", () => {
    for (const p of [1e-9, 0.01, 0.02425, 0.3])
      expect(inverseNormalCdf(1 - p)).toBeCloseTo(-inverseNormalCdf(p), 6);
  });
});
