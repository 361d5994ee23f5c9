import { describe, expect, it } from "vitest";
import { applyPayoutPolicies } from "./apply-payout-policies";
import { commissionLine, month, noPrior, payoutInput, planWith } from "./test-fixtures";

const lines = [
  commissionLine("t1", "300.00"),
  commissionLine("t2", "700.00"),
  commissionLine("t1", "-50.00"),
];

describe("holds", () => {
  it("held transaction t1: (300 − 50) = 250 on hold, 950 − 250 = 700 payable", () => {
    const r = applyPayoutPolicies(
      payoutInput({
        plan: planWith({}),
        earned: "950.00",
        lines,
        holds: { payeeHeld: false, transactionIds: ["t1"], release: false },
      }),
    );
    expect(r.lines.map((l) => [l.kind, l.transactionId, l.amount])).toEqual([["hold", "t1", "-250.00"]]);
    expect([r.totals.onHold, r.totals.payable]).toEqual(["250.00", "700.00"]);
    expect(r.next.onHold).toEqual([{ reason: "transaction t1 held in 2025-08", amount: "250.00" }]);
  });

  it("held payee: all 950 earned on hold, 0.00 payable; prior holds stay held", () => {
    const prior = { ...noPrior, onHold: [{ reason: "transaction t0 held in 2025-07", amount: "80.00" }] };
    const r = applyPayoutPolicies(
      payoutInput({
        plan: planWith({}),
        earned: "950.00",
        lines,
        prior,
        holds: { payeeHeld: true, transactionIds: ["t1"], release: false },
      }),
    );
    expect(r.lines.map((l) => [l.kind, l.transactionId, l.amount])).toEqual([["hold", null, "-950.00"]]);
    expect([r.totals.onHold, r.totals.payable]).toEqual(["950.00", "0.00"]);
    expect(r.next.onHold).toEqual([
      { reason: "transaction t0 held in 2025-07", amount: "80.00" },
      { reason: "payee held in 2025-08", amount: "950.00" },
    ]);
  });

  it("release in September: 250 held in August is paid on top of 400 earned = 650", () => {
    const prior = { ...noPrior, onHold: [{ reason: "transaction t1 held in 2025-08", amount: "250.00" }] };
    const r = applyPayoutPolicies(
      payoutInput({
        plan: planWith({}),
        earned: "400.00",
        period: month("2025-09"),
        prior,
        holds: { payeeHeld: false, transactionIds: [], release: true },
      }),
    );
    expect(r.lines.map((l) => [l.kind, l.amount, l.trace[0]?.detail])).toEqual([
      ["hold_release", "250.00", "released: transaction t1 held in 2025-08 (250.00)"],
    ]);
    expect([r.totals.released, r.totals.onHold, r.totals.payable]).toEqual(["250.00", "0.00", "650.00"]);
    expect(r.next.onHold).toEqual([]);
  });

  it("a hold made this period is not released by this period's release: t2 700 held, 80 prior released", () => {
    const prior = { ...noPrior, onHold: [{ reason: "payee held in 2025-07", amount: "80.00" }] };
    const r = applyPayoutPolicies(
      payoutInput({
        plan: planWith({}),
        earned: "950.00",
        lines,
        prior,
        holds: { payeeHeld: false, transactionIds: ["t2", "t9"], release: true },
      }),
    );
    // 950 − 700 + 80 = 330; t9 has no line this period, so nothing is held for it.
    expect(r.totals.payable).toBe("330.00");
    expect(r.next.onHold).toEqual([{ reason: "transaction t2 held in 2025-08", amount: "700.00" }]);
  });

  it("unrounded lines (rounding applied at payout) are held rounded once in the plan's mode: 10.005 → 10.01", () => {
    const r = applyPayoutPolicies(
      payoutInput({
        plan: planWith({}),
        earned: "20.01",
        lines: [commissionLine("t1", "10.005"), commissionLine("t2", "10.004")],
        holds: { payeeHeld: false, transactionIds: ["t1"], release: false },
      }),
    );
    expect([r.totals.onHold, r.totals.payable]).toEqual(["10.01", "10.00"]);
  });
});
