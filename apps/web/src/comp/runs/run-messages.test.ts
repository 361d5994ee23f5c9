import { describe, expect, it } from "vitest";
import { describeProblem, describeUnassigned } from "./run-messages";

const names: Record<string, string> = { p1: "Marie Lefebvre" };
const nameOf = (id: string) => names[id];
const group = { transactionCount: 3, transactionIds: ["t1"] };

describe("describeUnassigned", () => {
  it("'p1 has no plan' → 'Marie Lefebvre has no plan', the name not repeated", () =>
    expect(describeUnassigned({ ...group, payeeId: "p1", reason: "p1 has no plan" }, nameOf)).toEqual({
      who: null,
      reason: "Marie Lefebvre has no plan",
    }));
  it("a reason without the person gets their name in front", () =>
    expect(describeUnassigned({ ...group, payeeId: "p1", reason: "no plan" }, nameOf)).toEqual({
      who: "Marie Lefebvre",
      reason: "no plan",
    }));
  it("an unknown person keeps their id", () =>
    expect(describeUnassigned({ ...group, payeeId: "p2", reason: "no plan" }, nameOf).who).toBe("p2"));
  it("nobody credited: no name", () =>
    expect(
      describeUnassigned({ ...group, payeeId: null, reason: "no crediting rule" }, nameOf).who,
    ).toBeNull());
});

describe("describeProblem", () => {
  it("a message naming the person is shown as is", () =>
    expect(
      describeProblem({ code: "no_quota", message: "Marie Lefebvre has no quota", personId: "p1" }, nameOf),
    ).toBe("Marie Lefebvre has no quota"));
  it("otherwise 'Name: message'", () =>
    expect(describeProblem({ code: "x", message: "calculation failed", personId: "p1" }, nameOf)).toBe(
      "Marie Lefebvre: calculation failed",
    ));
  it("no person: the message alone", () =>
    expect(describeProblem({ code: "x", message: "no plans" }, nameOf)).toBe("no plans"));
});
