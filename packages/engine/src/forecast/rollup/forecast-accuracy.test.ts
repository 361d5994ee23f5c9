import { describe, expect, it } from "vitest";
import { forecastAccuracy } from "./forecast-accuracy";
import { mondayOf, mondaysBetween } from "./monday-of";
import { motionOf } from "./motion-of";
import { combineMotions } from "./combine-motions";

describe("forecastAccuracy", () => {
  it("errors 120 − 100 = 20 and 90 − 100 = −10: APE 0.2 and 0.1, MAPE 0.15, bias (20 − 10) / 200 = 0.05", () => {
    expect(
      forecastAccuracy([
        { takenOn: "2026-01-12", forecast: "90.00", actual: "100.00" },
        { takenOn: "2026-01-05", forecast: "120.00", actual: "100.00" },
      ]),
    ).toEqual({
      points: [
        { takenOn: "2026-01-05", forecast: "120.00", actual: "100.00", error: "20.00", ape: "0.2000" },
        { takenOn: "2026-01-12", forecast: "90.00", actual: "100.00", error: "-10.00", ape: "0.1000" },
      ],
      mape: "0.1500",
      bias: "0.0500",
    });
  });

  it("an actual of 0 has no APE and, alone, no MAPE or bias", () => {
    expect(forecastAccuracy([{ takenOn: "2026-01-05", forecast: "5.00", actual: "0.00" }])).toEqual({
      points: [{ takenOn: "2026-01-05", forecast: "5.00", actual: "0.00", error: "5.00", ape: null }],
      mape: null,
      bias: null,
    });
  });

  it("MAPE averages unrounded ratios: 1/3 and 2/3 give 0.5000 exactly", () => {
    const result = forecastAccuracy([
      { takenOn: "2026-01-05", forecast: "4.00", actual: "3.00" },
      { takenOn: "2026-01-12", forecast: "1.00", actual: "3.00" },
    ]);
    expect(result.points.map((p) => p.ape)).toEqual(["0.3333", "0.6667"]);
    expect(result.mape).toBe("0.5000");
    expect(result.bias).toBe("-0.1667");
  });
});

describe("week helpers and motions", () => {
  it("Monday of a Sunday, a Monday and a Wednesday", () => {
    expect(mondayOf("2026-03-15")).toBe("2026-03-09");
    expect(mondayOf("2026-03-09")).toBe("2026-03-09");
    expect(mondayOf("2026-01-01")).toBe("2025-12-29");
    expect(mondaysBetween("2026-01-01", "2026-01-31")).toEqual([
      "2025-12-29",
      "2026-01-05",
      "2026-01-12",
      "2026-01-19",
      "2026-01-26",
    ]);
  });

  it("new business apart, expansion and renewal together", () => {
    expect(["new_business", "expansion", "renewal"].map(motionOf)).toEqual([
      "new_business",
      "expansion_renewal",
      "expansion_renewal",
    ]);
    expect(() => motionOf("upsell")).toThrow(/Not an opportunity type/);
  });

  it("all motions: sums, a call when either motion has one", () => {
    const line = (ownCall: string | null, rolledUp: string) => ({
      ownCall,
      rolledUp,
      rollup: rolledUp,
      adjusted: null,
      override: null,
      deals: "1.00",
    });
    expect(combineMotions(line("10.00", "10.00"), line(null, "5.50"))).toEqual({
      ownCall: "10.00",
      rolledUp: "15.50",
      rollup: "15.50",
      adjusted: null,
      override: null,
      deals: "2.00",
    });
  });
});
