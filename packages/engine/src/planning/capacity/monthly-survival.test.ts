import { describe, expect, it } from "vitest";
import { PlanningInputError } from "../planning-input-error";
import { monthlyAttritionRate, monthlySurvival, survivalPowers } from "./monthly-survival";

describe("monthly attrition from annual: 1 − (1 − a)^(1/12)", () => {
  it("20% a year → 1.842347% a month; 0 → 0", () => {
    expect(monthlyAttritionRate("0.2")).toBe("0.01842347");
    expect(monthlyAttritionRate("0")).toBe("0.00000000");
  });

  it("rejects 100% and more, negatives and non-decimals", () => {
    for (const bad of ["1", "1.5", "-0.1", "20%"])
      expect(() => monthlyAttritionRate(bad)).toThrow(PlanningInputError);
  });

  it("s = 0.8^(1/12) to 40 significant digits (checked with Python's decimal at 50 digits)", () => {
    expect(monthlySurvival("0.2").toString()).toBe("0.9815765298737516736263313659754047830732");
  });

  it("twelve months of survival compound back to the annual rate: s^12 = 0.8 to 38 places", () => {
    const powers = survivalPowers("0.2", 13);
    expect(powers[0]?.toString()).toBe("1");
    expect(powers[12]?.toDecimalPlaces(38).toString()).toBe("0.8");
  });
});
