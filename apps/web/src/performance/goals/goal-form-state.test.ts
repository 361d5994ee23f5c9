import { describe, expect, it } from "vitest";
import { emptyGoalForm, goalInputFromForm } from "./goal-form-state";

describe("goal form → API body", () => {
  const form = {
    ...emptyGoalForm("2026-11-22", "p1"),
    name: " Win more ",
    kpiKey: "win_rate",
    target: "32,5",
    baseline: "25",
    deadline: "2026-12-31",
    milestones: [{ label: "Half way", dueOn: "2026-12-10", target: "30" }],
  };
  it("a percent KPI's 32,5 % target is sent as 0.325, the 25 % baseline as 0.25, milestone 30 % as 0.3", () => {
    const body = goalInputFromForm(form, "percent");
    expect(body.target).toBe("0.325");
    expect(body.baseline).toBe("0.25");
    expect(body.milestones[0]?.target).toBe("0.3");
    expect(body.name).toBe("Win more");
    expect(body.owner).toEqual({ kind: "person", personId: "p1" });
  });
  it("a currency target is sent as typed, with a point: 150000,50 → 150000.50", () => {
    expect(goalInputFromForm({ ...form, target: "150000,50" }, "currency").target).toBe("150000.50");
  });
  it("no baseline → no baseline field; a workspace goal names no person", () => {
    const body = goalInputFromForm({ ...form, baseline: "", ownerKind: "workspace" }, "count");
    expect("baseline" in body).toBe(false);
    expect(body.owner).toEqual({ kind: "workspace" });
  });
});
