import { describe, expect, it } from "vitest";
import { calculatePayeePeriod } from "./calculate-payee-period";
import type { ClawbackPolicy } from "./plan";
import { credit, emptyPrior, flatCommission, inputFor, monthsOf, planWith } from "./test-fixtures";

// A 10,000 deal on 2025-01-01 earned 10,000 × 10% = 1,000 in January; it is cancelled on 2025-03-01 (59 days later).
const march = monthsOf(2025)[2];
const original = credit("d1", "2025-01-01", "10000");
const reversalOn = (date: string, bookings = "-10000") =>
  credit("d1-cancel", date, bookings, { transactionId: "d1-cancel", reversalOf: "d1" });
const run = (clawback: ClawbackPolicy | null, date = "2025-03-01", bookings = "-10000") =>
  calculatePayeePeriod(
    inputFor(planWith({ components: [flatCommission("C", "0.10")], clawback }), {
      period: march,
      credits: [original, reversalOn(date, bookings)],
      prior: emptyPrior({ earnedByTransaction: { d1: "1000.00" } }),
    }),
  );
const policy = (method: ClawbackPolicy["method"]): ClawbackPolicy => ({
  windowDays: 90,
  method,
  schedule: [
    { withinDays: 30, share: "1" },
    { withinDays: 60, share: "0.5" },
    { withinDays: 90, share: "0.25" },
  ],
});

// Negative earnings are carried by the payout stage as a draw balance; these tests look at the earned lines only.
const earnedLines = (result: ReturnType<typeof run>) => result.lines.filter((l) => l.component !== "payout");

describe("applyClawbacks", () => {
  it("full: cancelled after 59 of 90 days → −1,000", () => {
    const result = run(policy("full"));
    expect(earnedLines(result).map((l) => [l.kind, l.component, l.amount])).toEqual([
      ["clawback", "clawback", "-1000.00"],
    ]);
    expect(result.earnedByTransaction).toEqual({ d1: "-1000.00" });
  });

  it("prorated: 1,000 × (90 − 59)/90 = 344.444… → −344.44", () => {
    expect(run(policy("prorated")).totals.earned).toBe("-344.44");
  });

  it("sliding: 59 days falls in the ≤ 60 days row, 1,000 × 50% = −500", () => {
    expect(run(policy("sliding")).totals.earned).toBe("-500.00");
  });

  it("a partial return of 2,500 of 10,000 takes back 25%: 1,000 × 25% = −250", () => {
    expect(run(policy("full"), "2025-03-01", "-2500").totals.earned).toBe("-250.00");
  });

  it("outside the window (2025-04-15, 104 days): nothing taken back, and the trace says so", () => {
    const result = calculatePayeePeriod(
      inputFor(planWith({ components: [flatCommission("C", "0.10")], clawback: policy("full") }), {
        period: monthsOf(2025)[3],
        credits: [original, reversalOn("2025-04-15")],
        prior: emptyPrior({ earnedByTransaction: { d1: "1000.00" } }),
      }),
    );
    expect(earnedLines(result).map((l) => l.amount)).toEqual(["0.00"]);
    expect(result.lines[0]?.trace[0]?.detail).toBe(
      "reversed 104 days after 2025-01-01, outside the window: nothing taken back",
    );
  });

  it("without a clawback policy the reversal flows through the component: −10,000 × 10% = −1,000", () => {
    const result = run(null);
    expect(earnedLines(result).map((l) => [l.kind, l.amount])).toEqual([["commission", "-1000.00"]]);
  });

  it("deal and cancellation in the same period: this period's 1,000 is taken back, net 0", () => {
    const result = calculatePayeePeriod(
      inputFor(planWith({ components: [flatCommission("C", "0.10")], clawback: policy("full") }), {
        credits: [original, reversalOn("2025-01-20")],
      }),
    );
    expect(earnedLines(result).map((l) => l.amount)).toEqual(["1000.00", "-1000.00"]);
    expect(result.totals.earned).toBe("0.00");
  });
});
