import { describe, expect, it } from "vitest";
import { checkAssumptions } from "./check-assumptions";
import { testAssumptions } from "./test-support/planning-assumptions";

const context = {
  nodeIds: new Set(["company", "team:t", "person:a", "person:b"]),
  personNodeIds: new Set(["person:a", "person:b"]),
  months: [
    "2028-01",
    "2028-02",
    "2028-03",
    "2028-04",
    "2028-05",
    "2028-06",
    "2028-07",
    "2028-08",
    "2028-09",
    "2028-10",
    "2028-11",
    "2028-12",
  ],
};

describe("checkAssumptions", () => {
  it("accepts the test assumptions, and 0.5 and 3 as over-assignment bounds", () => {
    const a = testAssumptions();
    a.allocation.overAssignment = { region: "0.5", team: "3", person: "1" };
    expect(checkAssumptions(a, context)).toEqual([]);
  });

  it("names every broken rule at once", () => {
    const a = testAssumptions();
    a.target.seasonality.weights[0] = "-0.05";
    a.allocation.locked = { "team:t": "-1", "team:gone": "5" };
    a.people.ramp.values = [];
    a.capacity.utilisation = "1.5";
    a.transfers = [{ fromNodeId: "person:a", toNodeId: "person:a", effectiveMonth: "2029-01", reason: "x" }];
    expect(checkAssumptions(a, context).map((p) => p.path)).toEqual([
      "assumptions.target.seasonality.weights.0",
      "assumptions.target.seasonality.weights",
      "assumptions.allocation.locked.team:t",
      "assumptions.allocation.locked.team:gone",
      "assumptions.people.ramp.values",
      "assumptions.capacity.utilisation",
      "assumptions.transfers.0.toNodeId",
      "assumptions.transfers.0.effectiveMonth",
      "assumptions.transfers.0",
    ]);
  });

  it("seasonality must sum to exactly 1: 0.999999 is refused", () => {
    const a = testAssumptions();
    a.target.seasonality.weights[11] = "0.199999";
    expect(checkAssumptions(a, context)).toEqual([
      {
        path: "assumptions.target.seasonality.weights",
        message: "The seasonality weights must sum to exactly 1, they sum to 0.999999.",
      },
    ]);
  });
});
