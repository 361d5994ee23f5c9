import { describe, expect, it } from "vitest";
import type { PeriodPayee } from "../../api/comp-types";
import { allowedPeriodActions, pendingManagerApprovals, periodSteps } from "./period-actions";

const payee = (personId: string, approved: boolean): PeriodPayee => ({
  personId,
  name: personId,
  currency: "EUR",
  earned: "100.00",
  payable: "100.00",
  adjustments: "0",
  payableWithAdjustments: "100.00",
  managerApproval: approved ? { decidedBy: "u", decidedAt: "2026-11-22T10:00:00Z", note: null } : null,
});

describe("allowedPeriodActions", () => {
  it("calculated: the comp admin may submit", () =>
    expect(allowedPeriodActions("calculated", "comp_admin", 0)).toEqual(["submit"]));
  it("in review: a manager with 2 payees left approves (only comp admins reject)", () =>
    expect(allowedPeriodActions("in_review", "manager", 2)).toEqual(["approveManager"]));
  it("in review: a comp admin cannot give the manager approval, only reject", () =>
    expect(allowedPeriodActions("in_review", "comp_admin", 0)).toEqual(["reject"]));
  it("manager approved: finance approves or rejects; a manager has nothing to do", () => {
    expect(allowedPeriodActions("manager_approved", "comp_admin", 0)).toEqual(["approveFinance", "reject"]);
    expect(allowedPeriodActions("manager_approved", "manager", 0)).toEqual([]);
  });
  it("approved → publish (or reject, finance only); published → mark paid; paid → nothing", () => {
    expect(allowedPeriodActions("approved", "admin", 0)).toEqual(["reject", "publish"]);
    expect(allowedPeriodActions("approved", "manager", 0)).toEqual([]);
    expect(allowedPeriodActions("published", "comp_admin", 0)).toEqual(["markPaid"]);
    expect(allowedPeriodActions("paid", "admin", 0)).toEqual([]);
  });
  it("a rep gets no buttons", () => expect(allowedPeriodActions("in_review", "rep", 0)).toEqual([]));
  it("seven steps from open to paid", () => expect(periodSteps).toHaveLength(7));
});

describe("pendingManagerApprovals", () => {
  const payees = [payee("me", false), payee("ana", false), payee("bob", true)];
  it("a manager: ana only (bob is approved, their own result is not theirs to approve)", () =>
    expect(pendingManagerApprovals(payees, "manager", "me").map((p) => p.personId)).toEqual(["ana"]));
  it("an admin: me and ana", () =>
    expect(pendingManagerApprovals(payees, "admin", null).map((p) => p.personId)).toEqual(["me", "ana"]));
  it("finance gives no manager approval", () =>
    expect(pendingManagerApprovals(payees, "comp_admin", null)).toEqual([]));
});
