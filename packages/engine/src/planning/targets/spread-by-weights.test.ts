import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { EngineInputError } from "../../errors";
import { codesOf, issuesOf } from "../test-issues";
import { spreadByWeights } from "./spread-by-weights";

describe("spreadByWeights", () => {
  it("100 by 1:1:1 in units of 1 → 33.33… each, the one unit left to the first (ties by index): 34, 33, 33", () => {
    expect(spreadByWeights("100", ["1", "1", "1"], "1")).toEqual(["34", "33", "33"]);
  });

  it("1,000,000 by 0.5/0.3/0.2 in units of 1,000 → 500,000, 300,000, 200,000 exactly", () => {
    expect(spreadByWeights("1000000", ["0.5", "0.3", "0.2"], "1000")).toEqual(["500000", "300000", "200000"]);
  });

  it("10.00 by 1:2 in cents: 3.333… and 6.666… → floors 333 + 666 = 999, the cent to the larger remainder (.666) → 3.33, 6.67", () => {
    expect(spreadByWeights("10.00", ["1", "2"], "0.01")).toEqual(["3.33", "6.67"]);
  });

  it("a zero weight gets 0: 7 by 0:1:1 → 0, 4, 3", () => {
    expect(spreadByWeights("7", ["0", "1", "1"], "1")).toEqual(["0", "4", "3"]);
  });

  it("rejects, all at once: negative total, zero unit, all-zero weights → negative_amount, bad_unit, weights_sum_to_zero", () => {
    expect(codesOf(() => spreadByWeights("-5", ["0", "0"], "0"))).toEqual([
      "negative_amount",
      "bad_unit",
      "weights_sum_to_zero",
    ]);
  });

  it("rejects a total that is not a multiple of the unit (12,500 in units of 1,000), a negative weight and a non-decimal", () => {
    expect(codesOf(() => spreadByWeights("12500", ["1", "-1", "x"], "1000"))).toEqual([
      "bad_unit",
      "negative_amount",
      "not_a_decimal",
    ]);
  });

  it("is an EngineInputError carrying its issues with field paths", () => {
    const issues = issuesOf(() => spreadByWeights("1", [], "1"));
    expect(issues[0]).toMatchObject({ code: "weights_sum_to_zero", field: "weights" });
    expect(() => spreadByWeights("1", [], "1")).toThrow(EngineInputError);
  });

  const weights = fc.array(fc.integer({ min: 0, max: 10_000 }), { minLength: 1, maxLength: 30 });
  it("property: parts are multiples of the unit, sum to the total exactly, and raising one weight never lowers its part", () => {
    fc.assert(
      fc.property(weights, fc.integer({ min: 0, max: 100_000 }), fc.nat(), (ws, units, pick) => {
        fc.pre(ws.some((w) => w > 0));
        const total = String(units * 250);
        const parts = spreadByWeights(total, ws.map(String), "250").map(Number);
        expect(parts.every((p) => p % 250 === 0 && p >= 0)).toBe(true);
        expect(parts.reduce((a, b) => a + b, 0)).toBe(units * 250);
        const i = pick % ws.length;
        const raised = ws.map((w, k) => (k === i ? w + 1 + (pick % 97) : w));
        expect(Number(spreadByWeights(total, raised.map(String), "250")[i])).toBeGreaterThanOrEqual(
          parts[i] ?? 0,
        );
      }),
    );
  });
});
