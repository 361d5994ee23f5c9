import { describe, expect, it } from "vitest";
import { compareAmounts, isZero } from "./compare-amounts";
import { convertAmount } from "./convert-amount";
import { multiplyAmount } from "./multiply-amount";
import { negateAmount } from "./negate-amount";

describe("multiplyAmount", () => {
  it("12.50 × 0.1 = 1.250 (scale 2 + 1); 3 × -4 = -12", () => {
    expect(multiplyAmount("12.50", "0.1")).toBe("1.250");
    expect(multiplyAmount("3", "-4")).toBe("-12");
  });
});

describe("negateAmount", () => {
  it("-(12.50) = -12.50; -(-3) = 3; -(0.00) = 0.00", () => {
    expect(negateAmount("12.50")).toBe("-12.50");
    expect(negateAmount("-3")).toBe("3");
    expect(negateAmount("0.00")).toBe("0.00");
  });
});

describe("compareAmounts and isZero", () => {
  it("1.50 = 1.5; -2 < 1; 10 > 9.99", () => {
    expect(compareAmounts("1.50", "1.5")).toBe(0);
    expect(compareAmounts("-2", "1")).toBe(-1);
    expect(compareAmounts("10", "9.99")).toBe(1);
  });
  it("0, 0.00 and -0.0 are zero; 0.001 is not", () => {
    expect(isZero("0")).toBe(true);
    expect(isZero("0.00")).toBe(true);
    expect(isZero("-0.0")).toBe(true);
    expect(isZero("0.001")).toBe(false);
  });
});

describe("convertAmount", () => {
  it("100.00 EUR × 1.0850 = 108.50 USD", () => {
    expect(convertAmount("100.00", "1.0850", "USD", "half_up")).toBe("108.50");
  });
  it("19.99 × 1.0850 = 21.689150 → 21.69 USD", () => {
    expect(convertAmount("19.99", "1.0850", "USD", "half_up")).toBe("21.69");
  });
  it("1.00 × 0.125 = 0.125 → 0.13 half_up, 0.12 half_even", () => {
    expect(convertAmount("1.00", "0.125", "EUR", "half_up")).toBe("0.13");
    expect(convertAmount("1.00", "0.125", "EUR", "half_even")).toBe("0.12");
  });
  it("10.00 USD × 157.125 = 1571.25 → 1571 JPY", () => {
    expect(convertAmount("10.00", "157.125", "JPY", "half_up")).toBe("1571");
  });
  it("rejects a zero or negative rate", () => {
    expect(() => convertAmount("1", "0", "EUR", "half_up")).toThrow(/positive/);
    expect(() => convertAmount("1", "-1.1", "EUR", "half_up")).toThrow(/positive/);
  });
});
