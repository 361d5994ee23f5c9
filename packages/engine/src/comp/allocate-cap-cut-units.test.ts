import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { toDec } from "../money/decimal";
import { allocateCapCutUnits, divideHalfEven } from "./allocate-cap-cut-units";
import { allocateCapCuts } from "./allocate-cap-cuts";
import { minorUnitsText } from "./round-lines";

type Line = { component: string; kind: "commission" | "cap"; transactionId: string | null };

// Lines of two components on a few transactions, some cut per deal, with period-level cap lines; cents.
const line = fc.record({
  component: fc.constantFrom("A", "B"),
  kind: fc.constantFrom("commission" as const, "commission" as const, "cap" as const),
  transactionId: fc.option(fc.constantFrom("t1", "t2", "t3", "t4"), { nil: null }),
  units: fc.integer({ min: -5_000_00, max: 5_000_00 }).map(BigInt),
});

describe("allocateCapCutUnits", () => {
  it("gives allocateCapCuts' shares, in minor units", () => {
    fc.assert(
      fc.property(fc.array(line, { maxLength: 30 }), fc.constantFrom(0, 2, 3), (drawn, places) => {
        const lines: Line[] = drawn.map(({ units: _, ...rest }) => rest);
        const units = drawn.map((d) => d.units);
        const decimal = allocateCapCuts(
          lines.map((l, i) => ({ ...l, amount: toDec(minorUnitsText(units[i] as bigint, places)) })),
          places,
        );
        const integer = allocateCapCutUnits(lines, units);
        expect([...integer.keys()]).toEqual([...decimal.keys()]);
        for (const [id, share] of decimal)
          expect(toDec(minorUnitsText(integer.get(id) as bigint, places)).eq(share)).toBe(true);
      }),
    );
  });

  it("rounds half to even, both signs", () => {
    expect([5n, 15n, 25n, -5n, -15n, 7n, -7n].map((n) => divideHalfEven(n, 10n))).toEqual([
      0n,
      2n,
      2n,
      0n,
      -2n,
      1n,
      -1n,
    ]);
    expect(divideHalfEven(5n, -10n)).toBe(0n);
    expect(divideHalfEven(15n, -10n)).toBe(-2n);
    expect(divideHalfEven(20n, 10n)).toBe(2n);
  });
});
