import { describe, expect, it } from "vitest";
import { movedAssignment } from "./moved-assignment";
import { readSolverReport } from "./solver-report";

describe("readSolverReport", () => {
  it("reads HiGHS's report", () => {
    expect(
      readSolverReport({ status: "Optimal", objective: 12.5, bound: 12.4, gap: 0.008, seconds: 1.2 }),
    ).toEqual({ status: "Optimal", objective: 12.5, bound: 12.4, gap: 0.008, seconds: 1.2 });
  });
  it("keeps a missing bound or gap as null (time limit without a bound)", () => {
    expect(readSolverReport({ status: "Time limit reached", objective: 3, bound: null })).toEqual({
      status: "Time limit reached",
      objective: 3,
      bound: null,
      gap: null,
      seconds: null,
    });
  });
  it("answers null when no solver ran", () => {
    expect([readSolverReport(null), readSolverReport(undefined), readSolverReport({})]).toEqual([
      null,
      null,
      null,
    ]);
  });
});

describe("movedAssignment", () => {
  it("maps each moved account to its new territory; the last move of an account wins", () => {
    const { assignment, moved } = movedAssignment([
      { accountId: "a1", name: "A", fromTerritoryId: "t1", toTerritoryId: "t2", potential: "10.00" },
      { accountId: "a2", name: "B", fromTerritoryId: null, toTerritoryId: "t1", potential: "5.00" },
      { accountId: "a1", name: "A", fromTerritoryId: "t1", toTerritoryId: "t3", potential: "10.00" },
    ]);
    expect([...assignment]).toEqual([
      ["a1", "t3"],
      ["a2", "t1"],
    ]);
    expect([...moved]).toEqual(["a1", "a2"]);
  });
});
