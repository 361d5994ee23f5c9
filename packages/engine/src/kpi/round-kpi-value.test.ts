import { describe, expect, it } from "vitest";
import { EngineInputError } from "../errors";
import { kpiValuePlaces, roundKpiValue } from "./round-kpi-value";

describe("roundKpiValue: places per unit, ties away from zero", () => {
  it.each([
    ["0.125", "currency", false, "0.13"],
    ["-0.125", "currency", false, "-0.13"],
    ["0.124999", "currency", false, "0.12"],
    ["0.00005", "percent", false, "0.0001"],
    ["0.00004999", "percent", false, "0.0000"],
    ["2.53333333333333333333", "ratio", false, "2.5333"],
    ["45.05", "days", false, "45.1"],
    ["4.15", "score", false, "4.2"],
    ["47.5", "count", false, "48"],
    ["128.571428", "count", true, "128.57"],
    ["-0.004", "currency", false, "0.00"],
    ["12", "currency", false, "12.00"],
  ] as const)("%s as %s (divides: %s) → %s", (value, unit, divides, expected) => {
    expect(roundKpiValue(value, unit, divides)).toBe(expected);
  });

  it("places: currency 2, percent 4, ratio 4, days 1, score 1, count 0 or 2", () => {
    expect(
      (["currency", "percent", "ratio", "days", "score", "count"] as const).map((unit) =>
        kpiValuePlaces(unit),
      ),
    ).toEqual([2, 4, 4, 1, 1, 0]);
    expect(kpiValuePlaces("count", true)).toBe(2);
  });

  it("a value that is not a plain decimal is an input error", () => {
    expect(() => roundKpiValue("NaN", "currency")).toThrow(EngineInputError);
    expect(() => roundKpiValue("Infinity", "percent")).toThrow(EngineInputError);
  });
});
