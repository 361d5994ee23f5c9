import { describe, expect, it } from "vitest";
import { checkSeasonality } from "./check-seasonality";

const even = ["0.08", "0.08", "0.08", "0.08", "0.08", "0.08", "0.08", "0.08", "0.09", "0.09", "0.09", "0.09"];

describe("checkSeasonality", () => {
  it("8 × 0.08 + 4 × 0.09 = 1 exactly: no issue", () => {
    expect(checkSeasonality(even)).toEqual([]);
  });

  it("12 × 0.083333 = 0.999996 → weights_not_one naming the sum", () => {
    const issues = checkSeasonality(new Array(12).fill("0.083333"));
    expect(issues).toEqual([
      {
        code: "weights_not_one",
        message: "The seasonality weights must sum to exactly 1, they sum to 0.999996",
        field: "seasonality",
      },
    ]);
  });

  it("11 weights → invalid; all zero → weights_sum_to_zero; a negative and a word → each named by index", () => {
    expect(checkSeasonality(even.slice(1)).map((i) => i.code)).toEqual(["invalid"]);
    expect(checkSeasonality(new Array(12).fill("0")).map((i) => i.code)).toEqual(["weights_sum_to_zero"]);
    const issues = checkSeasonality(["-0.1", "x", ...even.slice(2)]);
    expect(issues.map((i) => [i.code, i.field])).toEqual([
      ["negative_amount", "seasonality[0]"],
      ["not_a_decimal", "seasonality[1]"],
    ]);
  });
});
