import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { arbDecimal, arbScaledDecimal, decimalString } from "../test-support/arbitraries";
import { subtractAmounts, sumAmounts } from "./sum-amounts";

describe("sumAmounts", () => {
  it("1.50 + 2.5 + 3 = 7.00 (largest scale kept, as PostgreSQL numeric)", () => {
    expect(sumAmounts(["1.50", "2.5", "3"])).toBe("7.00");
  });
  it("0.1 + 0.2 = 0.3 exactly (a float would give 0.30000000000000004)", () => {
    expect(sumAmounts(["0.1", "0.2"])).toBe("0.3");
  });
  it("nothing sums to 0; 10.00 + -10.00 = 0.00", () => {
    expect(sumAmounts([])).toBe("0");
    expect(sumAmounts(["10.00", "-10.00"])).toBe("0.00");
  });
  it("99999999999999999999.99 + 0.01 = 100000000000000000000.00 (beyond float and 20-digit precision)", () => {
    expect(sumAmounts(["99999999999999999999.99", "0.01"])).toBe("100000000000000000000.00");
  });
  it("rejects a malformed amount", () => {
    expect(() => sumAmounts(["1", "1e3"])).toThrow(/Not a plain decimal/);
  });
  it("10.00 - 0.5 = 9.50; 1 - 1.25 = -0.25", () => {
    expect(subtractAmounts("10.00", "0.5")).toBe("9.50");
    expect(subtractAmounts("1", "1.25")).toBe("-0.25");
  });
});

describe("sum properties", () => {
  it("equals a BigInt reference sum", () => {
    fc.assert(
      fc.property(fc.array(arbScaledDecimal(), { maxLength: 20 }), (values) => {
        const scale = Math.max(0, ...values.map((v) => v.scale));
        const total = values.reduce((acc, v) => acc + v.unscaled * 10n ** BigInt(scale - v.scale), 0n);
        expect(sumAmounts(values.map((v) => v.text))).toBe(decimalString(total, scale));
      }),
    );
  });

  it("is commutative: any order gives the same string", () => {
    fc.assert(
      fc.property(
        fc
          .array(arbDecimal(), { maxLength: 20 })
          .chain((values) =>
            fc.tuple(
              fc.constant(values),
              fc.shuffledSubarray(values, { minLength: values.length, maxLength: values.length }),
            ),
          ),
        ([values, shuffled]) => {
          expect(sumAmounts(shuffled)).toBe(sumAmounts(values));
        },
      ),
    );
  });

  it("is associative: (a) + (b) = a ++ b", () => {
    fc.assert(
      fc.property(
        fc.array(arbDecimal(), { minLength: 1 }),
        fc.array(arbDecimal(), { minLength: 1 }),
        (a, b) => {
          expect(sumAmounts([sumAmounts(a), sumAmounts(b)])).toBe(sumAmounts([...a, ...b]));
        },
      ),
    );
  });
});
