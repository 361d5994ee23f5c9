import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { nearestRankDeciles } from "./nearest-rank";

describe("nearestRankDeciles", () => {
  it("1..10 → ranks ⌈1⌉, ⌈5⌉, ⌈9⌉ = 1, 5, 9; a single value is every percentile", () => {
    expect(nearestRankDeciles(Float64Array.from([10, 3, 7, 1, 9, 2, 8, 4, 6, 5]))).toEqual({
      p10: 1,
      p50: 5,
      p90: 9,
    });
    expect(nearestRankDeciles(Float64Array.from([0.4]))).toEqual({ p10: 0.4, p50: 0.4, p90: 0.4 });
  });

  it("matches a full sort for any values, ties included", () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 20 }), { minLength: 1, maxLength: 400 }), (values) => {
        const sorted = [...values].sort((a, b) => a - b);
        const at = (percent: number) => sorted[Math.max(1, Math.ceil((values.length * percent) / 100)) - 1];
        expect(nearestRankDeciles(Float64Array.from(values))).toEqual({
          p10: at(10),
          p50: at(50),
          p90: at(90),
        });
      }),
    );
  });
});
