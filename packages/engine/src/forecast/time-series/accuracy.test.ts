import { describe, expect, it } from "vitest";
import { EngineInputError } from "../../errors";
import { mase } from "./mase";
import { smape } from "./smape";

describe("sMAPE (M3 definition)", () => {
  it("mean of 200·|y − f|/(|y| + |f|): (200·10/210 + 200·50/350) / 2 = (9.5238… + 28.5714…) / 2 = 19.0476…", () => {
    expect(smape([100, 200], [110, 150])).toBeCloseTo((2000 / 210 + 10000 / 350) / 2, 12);
    expect(smape([100, 200], [110, 150])).toBeCloseTo(19.047619047619, 10);
  });
  it("a point where actual and forecast are both 0 is no error; a forecast of 0 for a non-zero actual is 200", () => {
    expect(smape([0, 50], [0, 0])).toBe(100);
  });
  it("refuses lengths that differ", () => {
    expect(() => smape([1, 2], [1])).toThrow(EngineInputError);
  });
});

describe("MASE (scaled by the in-sample seasonal naive MAE)", () => {
  it("history 1…6, m = 4: scale = (|5 − 1| + |6 − 2|)/2 = 4; errors |7 − 6|, |8 − 10| → 1.5 / 4 = 0.375", () => {
    expect(mase([1, 2, 3, 4, 5, 6], [7, 8], [6, 10], 4)).toBe(0.375);
  });
  it("a history shorter than a cycle is scaled by the naive (m = 1) MAE: |3 − 1|, |2 − 3| → 1.5; error 3 → 2", () => {
    expect(mase([1, 3, 2], [5], [2], 12)).toBe(2);
  });
  it("null when the scale is 0 (a history that repeats itself exactly)", () => {
    expect(mase([1, 2, 1, 2], [1], [1], 2)).toBeNull();
  });
});
