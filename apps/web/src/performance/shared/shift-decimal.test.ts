import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { fractionToPercent, percentToFraction, shiftDecimal } from "./shift-decimal";

describe("shiftDecimal", () => {
  it("25.5 % is the fraction 0.255, 100 % is 1, 0.5 % is 0.005", () => {
    expect(percentToFraction("25.5")).toBe("0.255");
    expect(percentToFraction("100")).toBe("1");
    expect(percentToFraction("0.5")).toBe("0.005");
    expect(percentToFraction("7")).toBe("0.07");
  });
  it("reads a French comma: 12,5 % → 0.125", () => expect(percentToFraction("12,5")).toBe("0.125"));
  it("0.2514 → 25.14 %, 1.2 → 120 %", () => {
    expect(fractionToPercent("0.2514")).toBe("25.14");
    expect(fractionToPercent("1.2")).toBe("120");
    expect(fractionToPercent("-0.05")).toBe("-5");
  });
  it("refuses what is not a decimal", () => {
    expect(shiftDecimal("abc", 2)).toBeNull();
    expect(shiftDecimal("", 2)).toBeNull();
    expect(shiftDecimal("1e3", 2)).toBeNull();
  });
  it("-0 is 0", () => expect(shiftDecimal("-0.00", 2)).toBe("0"));
  it("shifting there and back gives the number back (normalised)", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: -10_000_000, max: 10_000_000 }),
        fc.integer({ min: 0, max: 6 }),
        (n, scale) => {
          const text = shiftDecimal(String(n), -scale) ?? "";
          expect(shiftDecimal(fractionToPercent(percentToFraction(text) ?? "") ?? "", scale)).toBe(String(n));
        },
      ),
    );
  });
});
