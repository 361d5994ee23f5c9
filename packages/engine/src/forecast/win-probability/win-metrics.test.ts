import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { areaUnderRocCurve, brierScore, calibrationTable } from "./win-metrics";

describe("AUC, Brier and calibration", () => {
  it("AUC of scores 0.1 0.4 | 0.35 0.8 (lost | won): 3 of 4 pairs ordered = 0.75", () => {
    expect(areaUnderRocCurve([0.1, 0.4, 0.35, 0.8], [false, false, true, true])).toBe(0.75);
  });

  it("a tie counts half: won 0.5 0.9 vs lost 0.5 0.2 → (0.5 + 1 + 1 + 1) / 4 = 0.875", () => {
    expect(areaUnderRocCurve([0.5, 0.5, 0.2, 0.9], [true, false, false, true])).toBe(0.875);
  });

  it("is null with one class only", () => {
    expect(areaUnderRocCurve([0.2, 0.3], [true, true])).toBeNull();
  });

  it("Brier of 0.8 (won) and 0.3 (lost): (0.2² + 0.3²) / 2 = 0.065", () => {
    expect(brierScore([0.8, 0.3], [true, false])).toBeCloseTo(0.065, 12);
  });

  it("calibration bins: 0.05 0.15 0.15 (2 of 3 won in bin 0.1-0.2), 1.0 in the last bin", () => {
    const table = calibrationTable([0.05, 0.15, 0.15, 1], [false, true, false, true]);
    expect(table).toHaveLength(10);
    expect(table[0]).toEqual({ bin: "0.0-0.1", predicted: 0.05, observed: 0, count: 1 });
    expect(table[1]).toEqual({ bin: "0.1-0.2", predicted: 0.15, observed: 0.5, count: 2 });
    expect(table[2]).toEqual({ bin: "0.2-0.3", predicted: null, observed: null, count: 0 });
    expect(table[9]).toEqual({ bin: "0.9-1.0", predicted: 1, observed: 1, count: 1 });
  });

  it("property: AUC(s) + AUC(−s) = 1, and AUC is in [0, 1]", () => {
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.integer({ min: 0, max: 20 }), fc.boolean()), { minLength: 2, maxLength: 40 }),
        (pairs) => {
          const scores = pairs.map(([score]) => score / 20);
          const labels = pairs.map(([, won]) => won);
          const auc = areaUnderRocCurve(scores, labels);
          if (auc === null) return;
          const reversed = areaUnderRocCurve(
            scores.map((s) => -s),
            labels,
          ) as number;
          expect(auc + reversed).toBeCloseTo(1, 10);
          expect(auc).toBeGreaterThanOrEqual(0);
          expect(auc).toBeLessThanOrEqual(1);
        },
      ),
    );
  });
});
