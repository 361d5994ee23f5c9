import { describe, expect, it } from "vitest";
import type { PriorPeriods } from "../comp/calculation";
import type { DrawPolicy, HoldbackPolicy } from "../comp/plan";
import { applyPayoutPolicies } from "./apply-payout-policies";
import { month, noPrior, payoutInput, planWith } from "./test-fixtures";

function run(
  policies: { draw?: DrawPolicy; holdback?: HoldbackPolicy },
  months: [string, string][],
  start: Partial<PriorPeriods> = {},
) {
  const plan = planWith(policies);
  let prior: PriorPeriods = { ...noPrior, ...start };
  return months.map(([key, earned]) => {
    const result = applyPayoutPolicies(payoutInput({ plan, earned, period: month(key), prior }));
    prior = { ...prior, ...result.next };
    return result;
  });
}

describe("review: draws", () => {
  it("DEFECT a draw ending mid-month (until 2025-06-15) is forgiven in July, the first period after it: balance 1,000 owed, July earns 0 → forgiven, balance 0.00 (engine never reaches 'first_after' and keeps 1,000 owed for ever)", () => {
    const draw: DrawPolicy = {
      kind: "recoverable",
      amount: "1000.00",
      recoveryShare: "1",
      until: "2025-06-15",
    };
    const [july] = run({ draw }, [["2025-07", "0.00"]], { drawBalance: "1000.00" });
    expect(july?.next.drawBalance).toBe("0.00");
    expect(july?.lines.some((l) => l.trace[0]?.rule === "payout.draw_forgiven")).toBe(true);
  });

  it("DEFECT same draw (until 2025-06-15): an August commission of 3,000 must not be used to recover the forgiven balance (engine recovers 1,000, pays 2,000)", () => {
    const draw: DrawPolicy = {
      kind: "recoverable",
      amount: "1000.00",
      recoveryShare: "1",
      until: "2025-06-15",
    };
    const [, august] = run(
      { draw },
      [
        ["2025-07", "0.00"],
        ["2025-08", "3000.00"],
      ],
      { drawBalance: "1000.00" },
    );
    expect(august?.totals.payable).toBe("3000.00");
  });

  it("until on a month end (2025-06-30) forgives in July: balance 1,000 → 0, July pays its 0 earnings (no draw)", () => {
    const draw: DrawPolicy = {
      kind: "recoverable",
      amount: "1000.00",
      recoveryShare: "1",
      until: "2025-06-30",
    };
    const [july] = run({ draw }, [["2025-07", "0.00"]], { drawBalance: "1000.00" });
    expect(july?.next.drawBalance).toBe("0.00");
    expect(july?.totals.payable).toBe("0.00");
  });

  it("recovery with recoveryShare 0.5: draw 500, owed 1,000, earned 1,200 → recover min(1,000, 1,200 − 500 = 700, 0.5 × 1,200 = 600) = 600, pay 600, owed 400; next month earned 2,000 → min(400, 1,500, 1,000) = 400, pay 1,600", () => {
    const draw: DrawPolicy = { kind: "recoverable", amount: "500.00", recoveryShare: "0.5", until: null };
    const [m1, m2] = run(
      { draw },
      [
        ["2025-03", "1200.00"],
        ["2025-04", "2000.00"],
      ],
      { drawBalance: "1000.00" },
    );
    expect([m1?.totals.drawRecovered, m1?.totals.payable, m1?.next.drawBalance]).toEqual([
      "600.00",
      "600.00",
      "400.00",
    ]);
    expect([m2?.totals.drawRecovered, m2?.totals.payable, m2?.next.drawBalance]).toEqual([
      "400.00",
      "1600.00",
      "0.00",
    ]);
  });

  it("recoverable draw conserves money over Jan–Apr: earned 0, 300, 2,500, 1,000 with draw 1,000 → paid 1,000, 1,000, 1,000 (recover 1,500 limited by 2,500 − 1,000), 1,000 (recover 0: 1,000 − 1,000); owed 200; Σ paid 4,000 = Σ earned 3,800 + owed 200", () => {
    const draw: DrawPolicy = { kind: "recoverable", amount: "1000.00", recoveryShare: "1", until: null };
    const results = run({ draw }, [
      ["2025-01", "0.00"],
      ["2025-02", "300.00"],
      ["2025-03", "2500.00"],
      ["2025-04", "1000.00"],
    ]);
    expect(results.map((r) => r.totals.payable)).toEqual(["1000.00", "1000.00", "1000.00", "1000.00"]);
    expect(results[3]?.next.drawBalance).toBe("200.00");
  });
});

describe("review: holdbacks", () => {
  it("release order: 10% held back, released 2 periods later: Jan 1,000 → hold 100; Feb 500 → hold 50; Mar releases Jan's 100 only; Apr releases Feb's 50", () => {
    const holdback: HoldbackPolicy = { share: "0.1", releaseAfterPeriods: 2 };
    const [jan, feb, mar, apr] = run({ holdback }, [
      ["2025-01", "1000.00"],
      ["2025-02", "500.00"],
      ["2025-03", "0.00"],
      ["2025-04", "0.00"],
    ]);
    expect([jan?.totals.payable, feb?.totals.payable, mar?.totals.payable, apr?.totals.payable]).toEqual([
      "900.00",
      "450.00",
      "100.00",
      "50.00",
    ]);
    expect(mar?.next.heldBack).toEqual([{ period: "2025-02", amount: "50.00" }]);
    expect(apr?.next.heldBack).toEqual([]);
  });

  it("holdback across a year end counts periods: held 2024-12, releaseAfterPeriods 1 → released 2025-01", () => {
    const holdback: HoldbackPolicy = { share: "0.2", releaseAfterPeriods: 1 };
    const [dec, jan] = run({ holdback }, [
      ["2024-12", "100.00"],
      ["2025-01", "0.00"],
    ]);
    expect(dec?.totals.heldBack).toBe("20.00");
    expect(jan?.totals.released).toBe("20.00");
  });
});
