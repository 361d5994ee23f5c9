import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { radiusForPotential } from "./point-radius";

const range = { min: 2, max: 12 };

describe("radiusForPotential", () => {
  const radius = radiusForPotential(["0", "250000.00", "1000000.00", "10000"], range);
  it("largest potential 1,000,000 → max radius 12", () => expect(radius("1000000.00")).toBe(12));
  it("250,000 is a quarter of the area: 12 × √0.25 = 6", () => expect(radius("250000.00")).toBe(6));
  it("10,000 → 12 × √0.01 = 1.2, raised to the minimum 2", () => expect(radius("10000")).toBe(2));
  it("zero, negative or unreadable potential → the minimum 2", () => {
    expect([radius("0"), radius("-5"), radius("n/a")]).toEqual([2, 2, 2]);
  });
  it("all potentials zero → every circle at the minimum", () => {
    expect(radiusForPotential(["0", "0"], range)("0")).toBe(2);
  });
  it("never leaves [min, max] and grows with potential (property)", () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 10_000_000 }), { minLength: 2 }), (values) => {
        const r = radiusForPotential(values.map(String), range);
        const sorted = [...values].sort((a, b) => a - b).map((v) => r(String(v)));
        for (let i = 0; i < sorted.length; i++) {
          expect(sorted[i]).toBeGreaterThanOrEqual(2);
          expect(sorted[i]).toBeLessThanOrEqual(12);
          if (i > 0) expect(sorted[i]).toBeGreaterThanOrEqual(sorted[i - 1] ?? 0);
        }
      }),
    );
  });
});
