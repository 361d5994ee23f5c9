import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { arbScaledDecimal, decimalString, type ScaledDecimal } from "../test-support/arbitraries";
import { divideAmount } from "./divide-amount";
import { multiplyAmount } from "./multiply-amount";
import { type RoundingMode, roundingModes } from "./round-amount";

describe("divideAmount", () => {
  it.each<[string, string, number, RoundingMode, string]>([
    ["2000.00", "4000.00", 4, "half_even", "0.5000"],
    ["1", "3", 4, "half_even", "0.3333"],
    ["2", "3", 4, "half_even", "0.6667"],
    ["2", "3", 4, "down", "0.6666"],
    ["-1", "3", 2, "floor", "-0.34"],
    ["-1", "3", 2, "ceiling", "-0.33"],
    ["-1", "3", 2, "half_up", "-0.33"],
    ["1", "8", 2, "half_even", "0.12"],
    ["3", "8", 2, "half_even", "0.38"],
    ["1", "8", 2, "half_down", "0.12"],
    ["1", "8", 2, "half_up", "0.13"],
    ["-1", "8", 2, "half_up", "-0.13"],
    ["1", "-8", 2, "half_down", "-0.12"],
    ["-0.001", "1", 2, "half_up", "0.00"],
    ["10", "4", 0, "half_even", "2"],
    ["10", "4", 0, "up", "3"],
    ["100", "0.25", 2, "half_even", "400.00"],
  ])("%s / %s to %i places %s = %s", (a, b, p, mode, expected) => {
    expect(divideAmount(a, b, p, mode)).toBe(expected);
  });

  it("ties beyond any working precision: 0.50000000000000000000000000000000000001 / 1 half_down = 1", () => {
    expect(divideAmount("0.50000000000000000000000000000000000001", "1", 0, "half_down")).toBe("1");
    expect(divideAmount("0.49999999999999999999999999999999999999", "1", 0, "half_up")).toBe("0");
  });

  it("rejects division by zero", () => {
    expect(() => divideAmount("1", "0.00", 2, "half_even")).toThrow(/Division by zero/);
  });
});

// Reference: exact BigInt division with each mode spelled out.
function referenceDivide(a: ScaledDecimal, b: ScaledDecimal, places: number, mode: RoundingMode): string {
  let num = a.unscaled * 10n ** BigInt(places + b.scale);
  let den = b.unscaled * 10n ** BigInt(a.scale);
  if (den < 0n) {
    num = -num;
    den = -den;
  }
  const q = num / den;
  const r = num % den;
  if (r === 0n) return decimalString(q, places);
  const sign = num < 0n ? -1n : 1n;
  const twice = 2n * (r < 0n ? -r : r);
  const away: Record<RoundingMode, boolean> = {
    up: true,
    down: false,
    ceiling: sign > 0n,
    floor: sign < 0n,
    half_up: twice >= den,
    half_down: twice > den,
    half_even: twice > den || (twice === den && q % 2n !== 0n),
  };
  return decimalString(away[mode] ? q + sign : q, places);
}

describe("divide properties", () => {
  const nonZero = arbScaledDecimal().filter((d) => d.unscaled !== 0n);
  const mode = fc.constantFrom(...roundingModes);

  it("agrees with a BigInt reference for every mode", () => {
    fc.assert(
      fc.property(arbScaledDecimal(), nonZero, fc.integer({ min: 0, max: 6 }), mode, (a, b, p, m) => {
        expect(divideAmount(a.text, b.text, p, m)).toBe(referenceDivide(a, b, p, m));
      }),
      { numRuns: 500 },
    );
  });

  it("(x × y) / y = x at x's scale", () => {
    fc.assert(
      fc.property(arbScaledDecimal(), nonZero, mode, (x, y, m) => {
        expect(divideAmount(multiplyAmount(x.text, y.text), y.text, x.scale, m)).toBe(x.text);
      }),
    );
  });
});
