import { describe, expect, it } from "vitest";
import { submissionActions } from "./submission-actions";

const team = (status: "draft" | "submitted" | "approved" | "rejected" | null, editable = true) => ({
  kind: "team" as const,
  editable,
  submission: status === null ? null : { status, by: null, at: null },
});
const planner = { canAct: true, canApprove: true };

describe("submissionActions", () => {
  it("never submitted → submit", () => expect(submissionActions(team(null), planner)).toEqual(["submit"]));
  it("rejected → submit again", () =>
    expect(submissionActions(team("rejected"), planner)).toEqual(["submit"]));
  it("submitted, seen by a planner → recall, approve, reject", () =>
    expect(submissionActions(team("submitted"), planner)).toEqual(["recall", "approve", "reject"]));
  it("submitted, not editable by the caller (a manager above) → approve, reject", () =>
    expect(submissionActions(team("submitted", false), planner)).toEqual(["approve", "reject"]));
  it("submitted by the caller themself → recall only", () =>
    expect(
      submissionActions(
        { ...team("submitted"), submission: { status: "submitted", by: "Élodie Dupont", at: null } },
        { ...planner, name: "Élodie Dupont" },
      ),
    ).toEqual(["recall"]));
  it("approved → nothing", () => expect(submissionActions(team("approved"), planner)).toEqual([]));
  it("a person row has no submission", () =>
    expect(submissionActions({ ...team(null), kind: "person" }, planner)).toEqual([]));
  it("a viewer acts on nothing", () =>
    expect(submissionActions(team(null), { canAct: false, canApprove: false })).toEqual([]));
});
