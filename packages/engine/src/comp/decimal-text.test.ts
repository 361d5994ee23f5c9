import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { Dec, formatDec, toDec } from "../money/decimal";
import { type RoundingMode, roundingModes } from "../money/round-amount";
import { canonicalDecimal, roundDecimalText } from "./decimal-text";

const MODES = {
  half_up: Dec.ROUND_HALF_UP,
  half_even: Dec.ROUND_HALF_EVEN,
  half_down: Dec.ROUND_HALF_DOWN,
  up: Dec.ROUND_UP,
  down: Dec.ROUND_DOWN,
  ceiling: Dec.ROUND_CEIL,
  floor: Dec.ROUND_FLOOR,
} as const;

// Plain decimals with leading and trailing zeros, ties and long fractions.
const text = fc
  .tuple(
    fc.boolean(),
    fc.stringMatching(/^[0-9]{1,12}$/),
    fc.option(fc.stringMatching(/^[0-9]{1,14}$/), { nil: undefined }),
  )
  .map(([negative, whole, fraction]) => `${negative ? "-" : ""}${whole}${fraction ? `.${fraction}` : ""}`);

describe("decimal text", () => {
  it("canonicalDecimal = toDec(x).toFixed(): 007.10 → 7.1, -0.00 → 0, -12.50 → -12.5", () => {
    expect(["007.10", "-0.00", "-12.50", "100", "0.5000"].map(canonicalDecimal)).toEqual([
      "7.1",
      "0",
      "-12.5",
      "100",
      "0.5",
    ]);
    fc.assert(
      fc.property(text, (x) => {
        expect(canonicalDecimal(x)).toBe(toDec(x).toFixed());
      }),
      { numRuns: 2000 },
    );
  });

  it("roundDecimalText = the Dec rounding, every mode: 2.345 half_even → 2.34, -0.004 half_up → 0.00, 9.995 up → 10.00", () => {
    expect(roundDecimalText("2.345", 2, "half_even")).toBe("2.34");
    expect(roundDecimalText("-0.004", 2, "half_up")).toBe("0.00");
    expect(roundDecimalText("9.995", 2, "up")).toBe("10.00");
    expect(roundDecimalText("-2.5", 0, "half_even")).toBe("-2");
    const mode = fc.constantFrom<RoundingMode>(...roundingModes);
    fc.assert(
      fc.property(text, fc.integer({ min: 0, max: 6 }), mode, (x, places, m) => {
        const expected = formatDec(toDec(x).toDecimalPlaces(places, MODES[m]), places);
        expect(roundDecimalText(x, places, m)).toBe(expected);
      }),
      { numRuns: 2000 },
    );
  });
});
