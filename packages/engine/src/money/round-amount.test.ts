import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { arbDecimal } from "../test-support/arbitraries";
import { compareAmounts } from "./compare-amounts";
import { negateAmount } from "./negate-amount";
import { type RoundingMode, roundAmount, roundingModes, roundTo } from "./round-amount";
import { subtractAmounts } from "./sum-amounts";

describe("roundTo", () => {
  const cases: [string, number, RoundingMode, string][] = [
    ["2.345", 2, "half_even", "2.34"],
    ["2.355", 2, "half_even", "2.36"],
    ["-2.345", 2, "half_even", "-2.34"],
    ["2.3451", 2, "half_even", "2.35"],
    ["2.345", 2, "half_up", "2.35"],
    ["-2.345", 2, "half_up", "-2.35"],
    ["2.344", 2, "half_up", "2.34"],
    ["2.345", 2, "half_down", "2.34"],
    ["-2.345", 2, "half_down", "-2.34"],
    ["2.3451", 2, "half_down", "2.35"],
    ["2.341", 2, "up", "2.35"],
    ["-2.341", 2, "up", "-2.35"],
    ["2.349", 2, "down", "2.34"],
    ["-2.349", 2, "down", "-2.34"],
    ["2.341", 2, "ceiling", "2.35"],
    ["-2.349", 2, "ceiling", "-2.34"],
    ["2.349", 2, "floor", "2.34"],
    ["-2.341", 2, "floor", "-2.35"],
    ["0.5", 0, "half_even", "0"],
    ["1.5", 0, "half_even", "2"],
    ["2.5", 0, "half_even", "2"],
    ["5", 2, "down", "5.00"],
  ];
  it.each(cases)("%s to %i places %s = %s", (value, places, mode, expected) => {
    expect(roundTo(value, places, mode)).toBe(expected);
  });

  it("-0.004 half_up to 2 places = 0.00, never -0.00", () => {
    expect(roundTo("-0.004", 2, "half_up")).toBe("0.00");
    expect(roundTo("-0.4", 0, "down")).toBe("0");
  });

  it("rejects an unknown mode and bad places", () => {
    expect(() => roundTo("1.5", 0, "nearest" as RoundingMode)).toThrow(/Unknown rounding mode/);
    expect(() => roundTo("1.5", -1, "half_up")).toThrow(/Decimal places/);
    expect(() => roundTo("1.5", 1.5, "half_up")).toThrow(/Decimal places/);
  });
});

describe("roundAmount", () => {
  it("JPY 1234.5 half_up = 1235 (0 minor digits); half_even = 1234", () => {
    expect(roundAmount("1234.5", "JPY", "half_up")).toBe("1235");
    expect(roundAmount("1234.5", "JPY", "half_even")).toBe("1234");
  });
  it("KWD 1.2345 half_up = 1.235 (3 minor digits)", () => {
    expect(roundAmount("1.2345", "KWD", "half_up")).toBe("1.235");
  });
  it("EUR 10 = 10.00; EUR 0.125 half_even = 0.12, half_up = 0.13", () => {
    expect(roundAmount("10", "EUR", "half_up")).toBe("10.00");
    expect(roundAmount("0.125", "EUR", "half_even")).toBe("0.12");
    expect(roundAmount("0.125", "EUR", "half_up")).toBe("0.13");
  });
  it("rejects a malformed currency code", () => {
    expect(() => roundAmount("1", "eur", "half_up")).toThrow(/ISO 4217/);
  });
});

describe("rounding properties", () => {
  const mode = fc.constantFrom(...roundingModes);
  const places = fc.integer({ min: 0, max: 4 });

  it("rounding an already-rounded value is idempotent, whatever the second mode", () => {
    fc.assert(
      fc.property(arbDecimal(), places, mode, mode, (x, p, m1, m2) => {
        const once = roundTo(x, p, m1);
        expect(roundTo(once, p, m2)).toBe(once);
      }),
    );
  });

  it("the result is within one unit of the last place (half modes: within half a unit)", () => {
    fc.assert(
      fc.property(arbDecimal(), places, mode, (x, p, m) => {
        const error = subtractAmounts(roundTo(x, p, m), x).replace("-", "");
        const unit = p === 0 ? "1" : `0.${"0".repeat(p - 1)}1`;
        const half = `0.${"0".repeat(p)}5`;
        expect(compareAmounts(error, m.startsWith("half") ? half : unit)).toBeLessThanOrEqual(0);
      }),
    );
  });

  it("directions: floor ≤ x ≤ ceiling; |down| ≤ |x| ≤ |up|", () => {
    fc.assert(
      fc.property(arbDecimal(), places, (x, p) => {
        expect(compareAmounts(roundTo(x, p, "floor"), x)).toBeLessThanOrEqual(0);
        expect(compareAmounts(roundTo(x, p, "ceiling"), x)).toBeGreaterThanOrEqual(0);
        const abs = (v: string) => v.replace("-", "");
        expect(compareAmounts(abs(roundTo(x, p, "down")), abs(x))).toBeLessThanOrEqual(0);
        expect(compareAmounts(abs(roundTo(x, p, "up")), abs(x))).toBeGreaterThanOrEqual(0);
      }),
    );
  });

  it("symmetric modes commute with negation; ceiling(-x) = -floor(x)", () => {
    const symmetric = fc.constantFrom<RoundingMode>("half_up", "half_even", "half_down", "up", "down");
    fc.assert(
      fc.property(arbDecimal(), places, symmetric, (x, p, m) => {
        expect(roundTo(negateAmount(x), p, m)).toBe(negateAmount(roundTo(x, p, m)));
        expect(roundTo(negateAmount(x), p, "ceiling")).toBe(negateAmount(roundTo(x, p, "floor")));
      }),
    );
  });

  it("half_even of a tie x.xx5 lands on the even cent", () => {
    fc.assert(
      fc.property(fc.bigInt({ min: -(10n ** 12n), max: 10n ** 12n }), (cents) => {
        const tie = `${cents < 0n ? "-" : ""}${(cents < 0n ? -cents : cents).toString().padStart(3, "0")}5`;
        const text = `${tie.slice(0, -3)}.${tie.slice(-3)}`;
        const rounded = roundTo(text, 2, "half_even");
        expect(Number(rounded.at(-1)) % 2).toBe(0);
        const distance = subtractAmounts(rounded, text).replace("-", "");
        expect(distance).toBe("0.005");
      }),
    );
  });
});
