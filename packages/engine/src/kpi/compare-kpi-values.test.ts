import { describe, expect, it } from "vitest";
import { compareKpiValues } from "./compare-kpi-values";

describe("compareKpiValues: leaderboard order, best first, nulls last", () => {
  const values = ["0.25", null, "0.5", "-1", "0.30"];

  it("up: 0.5, 0.30, 0.25, −1, then null (decimal order, not text order)", () => {
    expect([...values].sort((a, b) => compareKpiValues(a, b, "up"))).toEqual([
      "0.5",
      "0.30",
      "0.25",
      "-1",
      null,
    ]);
  });

  it("down: −1, 0.25, 0.30, 0.5, then null", () => {
    expect([...values].sort((a, b) => compareKpiValues(a, b, "down"))).toEqual([
      "-1",
      "0.25",
      "0.30",
      "0.5",
      null,
    ]);
  });

  it("equal values and two nulls tie", () => {
    expect(compareKpiValues("1.0", "1", "up")).toBe(0);
    expect(compareKpiValues(null, null, "down")).toBe(0);
  });
});
