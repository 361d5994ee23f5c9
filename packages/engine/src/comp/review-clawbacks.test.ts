import { describe, expect, it } from "vitest";
import { sumAmounts } from "../money/sum-amounts";
import { calculatePayeePeriod } from "./calculate-payee-period";
import type { ClawbackPolicy } from "./plan";
import { credit, emptyPrior, flatCommission, inputFor, monthsOf, planWith } from "./test-fixtures";

const months = monthsOf(2025);
const planWithClawback = (clawback: ClawbackPolicy) =>
  planWith({ components: [flatCommission("C", "0.10")], clawback });
const full: ClawbackPolicy = { windowDays: 90, method: "full", schedule: [] };
const original = credit("d1", "2025-01-01", "10000");
const reversal = (id: string, date: string, amount: string) => credit(id, date, amount, { reversalOf: "d1" });
// Period of a date in 2025's months.
const periodOf = (date: string) => months[Number(date.slice(5, 7)) - 1];
// The earned lines (the payout stage appends its own lines, e.g. a negative period carried as a balance).
const earned = <L extends { component: string }>(lines: L[]) => lines.filter((l) => l.component !== "payout");

describe("review: clawback windows and partial returns", () => {
  it("cancellation exactly on the window's last day: credited 2025-01-01, reversed 2025-04-01 = 90 days of a 90-day window → full −1,000 (10,000 × 10%)", () => {
    const result = calculatePayeePeriod(
      inputFor(planWithClawback(full), {
        period: periodOf("2025-04-01"),
        credits: [original, reversal("r1", "2025-04-01", "-10000")],
        prior: emptyPrior({ earnedByTransaction: { d1: "1000.00" } }),
      }),
    );
    expect(earned(result.lines).map((l) => [l.kind, l.amount])).toEqual([["clawback", "-1000.00"]]);
  });

  it("one day later (2025-04-02 = 91 days) is outside the 90-day window: nothing taken back, the trace says so", () => {
    const result = calculatePayeePeriod(
      inputFor(planWithClawback(full), {
        period: periodOf("2025-04-02"),
        credits: [original, reversal("r1", "2025-04-02", "-10000")],
        prior: emptyPrior({ earnedByTransaction: { d1: "1000.00" } }),
      }),
    );
    expect(earned(result.lines).map((l) => l.amount)).toEqual(["0.00"]);
    expect(result.lines[0]?.trace[0]?.detail).toContain("91 days");
    expect(result.lines[0]?.trace[0]?.detail).toContain("outside the window");
  });

  it("sliding schedule on its row boundary: ≤30 days 100%, ≤60 days 50%; reversed at exactly 30 days (2025-01-31) → −1,000, at 31 days (2025-02-01) → −500", () => {
    const sliding: ClawbackPolicy = {
      windowDays: 60,
      method: "sliding",
      schedule: [
        { withinDays: 30, share: "1" },
        { withinDays: 60, share: "0.5" },
      ],
    };
    const at30 = calculatePayeePeriod(
      inputFor(planWithClawback(sliding), {
        credits: [original, reversal("r1", "2025-01-31", "-10000")],
      }),
    );
    expect(earned(at30.lines).map((l) => [l.kind, l.amount])).toEqual([
      ["commission", "1000.00"],
      ["clawback", "-1000.00"],
    ]);
    const at31 = calculatePayeePeriod(
      inputFor(planWithClawback(sliding), {
        period: months[1],
        credits: [original, reversal("r1", "2025-02-01", "-10000")],
        prior: emptyPrior({ earnedByTransaction: { d1: "1000.00" } }),
      }),
    );
    expect(earned(at31.lines).map((l) => l.amount)).toEqual(["-500.00"]);
  });

  it("DEFECT two partial returns of 50% each (same period) take back the whole 1,000: 1,000 × 0.5 + 1,000 × 0.5 (engine: 500 + 500 × 0.5 = 750)", () => {
    const result = calculatePayeePeriod(
      inputFor(planWithClawback(full), {
        period: months[1],
        credits: [original, reversal("r1", "2025-02-10", "-5000"), reversal("r2", "2025-02-11", "-5000")],
        prior: emptyPrior({ earnedByTransaction: { d1: "1000.00" } }),
      }),
    );
    expect(earned(result.lines).map((l) => l.amount)).toEqual(["-500.00", "-500.00"]);
    expect(result.totals.earned).toBe("-1000.00");
  });

  it("DEFECT two partial returns of 50% in successive months take back 1,000 in total (engine: Feb −500, then Mar 500 left × 0.5 = −250; 250 never clawed back)", () => {
    const plan = planWithClawback(full);
    const feb = calculatePayeePeriod(
      inputFor(plan, {
        period: months[1],
        credits: [original, reversal("r1", "2025-02-10", "-5000")],
        prior: emptyPrior({ earnedByTransaction: { d1: "1000.00" } }),
      }),
    );
    const afterFeb = sumAmounts(["1000.00", feb.earnedByTransaction.d1 ?? "0"]);
    const mar = calculatePayeePeriod(
      inputFor(plan, {
        period: months[2],
        credits: [original, reversal("r1", "2025-02-10", "-5000"), reversal("r2", "2025-03-10", "-5000")],
        prior: emptyPrior({ earnedByTransaction: { d1: afterFeb } }),
      }),
    );
    expect(feb.totals.earned).toBe("-500.00");
    expect(mar.totals.earned).toBe("-500.00");
  });

  it("prorated (doc example): 1,000 earned, cancelled after 59 of 90 days → 1,000 × 31/90 = −344.44", () => {
    const result = calculatePayeePeriod(
      inputFor(planWithClawback({ windowDays: 90, method: "prorated", schedule: [] }), {
        period: months[2],
        credits: [original, reversal("r1", "2025-03-01", "-10000")],
        prior: emptyPrior({ earnedByTransaction: { d1: "1000.00" } }),
      }),
    );
    expect(earned(result.lines).map((l) => l.amount)).toEqual(["-344.44"]);
  });
});
