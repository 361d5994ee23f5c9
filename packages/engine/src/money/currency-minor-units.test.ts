import { describe, expect, it } from "vitest";
import { currencyMinorUnits } from "./currency-minor-units";

describe("currencyMinorUnits", () => {
  it.each([
    ["EUR", 2],
    ["USD", 2],
    ["GBP", 2],
    ["JPY", 0],
    ["KRW", 0],
    ["CLP", 0],
    ["ISK", 0],
    ["VND", 0],
    ["BHD", 3],
    ["KWD", 3],
    ["OMR", 3],
    ["JOD", 3],
    ["TND", 3],
    ["IQD", 3],
    ["LYD", 3],
    ["CLF", 4],
  ])("%s has %i minor digits", (code, digits) => {
    expect(currencyMinorUnits(code)).toBe(digits);
  });

  it.each(["eur", "EU", "EURO", ""])("rejects %j", (code) => {
    expect(() => currencyMinorUnits(code)).toThrow(/ISO 4217/);
  });
});
