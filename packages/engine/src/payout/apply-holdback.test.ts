import { describe, expect, it } from "vitest";
import type { PriorPeriods } from "../comp/calculation";
import { applyPayoutPolicies } from "./apply-payout-policies";
import { countPeriodsBetween } from "./count-periods-between";
import { commissionLine, month, noPrior, payoutInput, planWith } from "./test-fixtures";

const plan = planWith({ holdback: { share: "0.2", releaseAfterPeriods: 1 } });

describe("holdback 20 %, released one period later", () => {
  it("Jan 1,000 → 200 held back, 800 paid; Feb 500 → 100 held, 200 released, 600 paid; Mar 0 → 100 released", () => {
    let prior: PriorPeriods = noPrior;
    const paid = [
      ["2025-01", "1000.00"],
      ["2025-02", "500.00"],
      ["2025-03", "0.00"],
    ].map(([key, earned]) => {
      const r = applyPayoutPolicies(payoutInput({ plan, earned: earned!, period: month(key!), prior }));
      prior = { ...prior, ...r.next };
      return [r.totals.heldBack, r.totals.released, r.totals.payable, r.lines.map((l) => [l.kind, l.amount])];
    });
    expect(paid).toEqual([
      ["200.00", "0.00", "800.00", [["holdback", "-200.00"]]],
      [
        "100.00",
        "200.00",
        "600.00",
        [
          ["holdback", "-100.00"],
          ["holdback_release", "200.00"],
        ],
      ],
      ["0.00", "100.00", "100.00", [["holdback_release", "100.00"]]],
    ]);
    expect(prior.heldBack).toEqual([]);
  });

  it("rounds in the plan's mode: 0.2 × 100.03 = 20.006 → 20.01 held (half_up), 80.02 paid", () => {
    const r = applyPayoutPolicies(payoutInput({ plan, earned: "100.03" }));
    expect([r.totals.heldBack, r.totals.payable]).toEqual(["20.01", "80.02"]);
    expect(r.next.heldBack).toEqual([{ period: "2025-08", amount: "20.01" }]);
  });

  it("holds back only what is not on hold: 1,000 − 300 held t1 = 700 → 140 held back, 560 paid", () => {
    const r = applyPayoutPolicies(
      payoutInput({
        plan,
        earned: "1000.00",
        lines: [commissionLine("t1", "300.00"), commissionLine("t2", "700.00")],
        holds: { payeeHeld: false, transactionIds: ["t1"], release: false },
      }),
    );
    expect([r.totals.onHold, r.totals.heldBack, r.totals.payable]).toEqual(["300.00", "140.00", "560.00"]);
  });

  it("nothing is held back from negative earnings: −50 → 0 held back", () => {
    const r = applyPayoutPolicies(payoutInput({ plan, earned: "-50.00" }));
    expect([r.totals.heldBack, r.totals.payable, r.next.drawBalance]).toEqual(["0.00", "0.00", "50.00"]);
  });

  it("quarterly, released 2 quarters later: held in 2024-Q4, kept in 2025-Q1, released in 2025-Q2", () => {
    const quarterly = planWith({ holdback: { share: "0.1", releaseAfterPeriods: 2 } });
    const prior = { ...noPrior, heldBack: [{ period: "2024-Q4", amount: "50.00" }] };
    const q = (key: string, start: string, end: string) => ({ key, start, end });
    const q1 = applyPayoutPolicies(
      payoutInput({
        plan: quarterly,
        earned: "0.00",
        period: q("2025-Q1", "2025-01-01", "2025-03-31"),
        prior,
      }),
    );
    expect([q1.totals.released, q1.next.heldBack]).toEqual([
      "0.00",
      [{ period: "2024-Q4", amount: "50.00" }],
    ]);
    const q2 = applyPayoutPolicies(
      payoutInput({
        plan: quarterly,
        earned: "0.00",
        period: q("2025-Q2", "2025-04-01", "2025-06-30"),
        prior,
      }),
    );
    expect([q2.totals.released, q2.totals.payable, q2.next.heldBack]).toEqual(["50.00", "50.00", []]);
  });

  it("rejects a share above 1 and a release after 0 periods", () => {
    const bad = (share: string, releaseAfterPeriods: number) =>
      applyPayoutPolicies(
        payoutInput({ plan: planWith({ holdback: { share, releaseAfterPeriods } }), earned: "1.00" }),
      );
    expect(() => bad("1.2", 1)).toThrow(/from 0 to 1/);
    expect(() => bad("0.2", 0)).toThrow(/at least 1 period/);
  });

  it("rejects a share of exactly 1 (as the plan validator does) and accepts 0.99: 0.99 × 1.00 = 0.99 held", () => {
    const run = (share: string) =>
      applyPayoutPolicies(
        payoutInput({ plan: planWith({ holdback: { share, releaseAfterPeriods: 1 } }), earned: "1.00" }),
      );
    expect(() => run("1")).toThrow(/1 excluded/);
    expect(() => run("1.00")).toThrow(/1 excluded/);
    expect(run("0.99").totals.heldBack).toBe("0.99");
  });
});

describe("countPeriodsBetween", () => {
  it("2024-11 → 2025-02 = 3 months; 2024-Q4 → 2025-Q1 = 1; 2023 → 2025 = 2; 2025-03 → 2025-01 = −2", () => {
    expect(countPeriodsBetween("2024-11", "2025-02")).toBe(3);
    expect(countPeriodsBetween("2024-Q4", "2025-Q1")).toBe(1);
    expect(countPeriodsBetween("2023", "2025")).toBe(2);
    expect(countPeriodsBetween("2025-03", "2025-01")).toBe(-2);
  });

  it("refuses keys of different kinds or unreadable keys", () => {
    expect(() => countPeriodsBetween("2025-01", "2025-Q1")).toThrow(/a month \(2025-01\) and a quarter/);
    expect(() => countPeriodsBetween("2025-13", "2025-01")).toThrow(/Not a period key/);
  });
});
