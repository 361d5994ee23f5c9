import { describe, expect, it } from "vitest";
import { tokenizeFormula } from "./formula-tokens";

describe("tokenizeFormula", () => {
  it("net_bookings / booking_target → two measures around ' / '", () => {
    const tokens = tokenizeFormula(
      "net_bookings / booking_target",
      new Set(["net_bookings", "booking_target"]),
    );
    expect(tokens).toEqual([
      { text: "net_bookings", start: 0, end: 12, measure: true },
      { text: " / ", start: 12, end: 15, measure: false },
      { text: "booking_target", start: 15, end: 29, measure: true },
    ]);
  });
  it("a function name and a number are not measures", () => {
    const tokens = tokenizeFormula("MAX(calls, 1)", new Set(["calls"]));
    expect(tokens.filter((t) => t.measure).map((t) => t.text)).toEqual(["calls"]);
    expect(tokens.map((t) => t.text).join("")).toBe("MAX(calls, 1)");
  });
});
