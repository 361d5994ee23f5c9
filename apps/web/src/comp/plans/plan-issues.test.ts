import { describe, expect, it } from "vitest";
import { caretMarker, formulaErrorCharacter, issuePosition, issuesAt } from "./plan-issues";

const issues = [
  { path: "components.2.formula", message: "Unknown name 'quota_x' at character 9" },
  { path: "components.2", message: "duplicate name" },
  { path: "tierTables.0.tiers.1.from", message: "gap" },
];

describe("issuesAt", () => {
  it("exact path only", () =>
    expect(issuesAt(issues, "components.2").map((i) => i.message)).toEqual(["duplicate name"]));
  it("with below: the component and its formula", () =>
    expect(issuesAt(issues, "components.2", true)).toHaveLength(2));
  it("components.2 does not match components.20", () =>
    expect(issuesAt([{ path: "components.20", message: "x" }], "components.2", true)).toEqual([]));
});

describe("formula positions", () => {
  it("'… at character 9' → 9", () => expect(formulaErrorCharacter(issues[0]?.message ?? "")).toBe(9));
  it("no position → null", () => expect(formulaErrorCharacter("Expected a number")).toBeNull());
  it("character 5 of 'a + ?' → line 1, pointer under the ?", () =>
    expect(caretMarker("a + ?", 5)).toEqual({ line: 1, lineText: "a + ?", pointer: "    ^" }));
  it("character 9 of 'a +\\nb * ?' → line 2 'b * ?', column 5", () =>
    expect(caretMarker("a +\nb * ?", 9)).toEqual({ line: 2, lineText: "b * ?", pointer: "    ^" }));
  it("past the end → after the last character", () =>
    expect(caretMarker("ab", 10)).toEqual({ line: 1, lineText: "ab", pointer: "  ^" }));
  it("plan-file issue line 4, column 7", () =>
    expect(issuePosition({ path: "x", message: "m", line: 4, column: 7 })).toEqual({ line: 4, column: 7 }));
});
