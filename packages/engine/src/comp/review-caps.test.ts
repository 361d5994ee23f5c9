import { describe, expect, it } from "vitest";
import { sumAmounts } from "../money/sum-amounts";
import { calculatePayeePeriod } from "./calculate-payee-period";
import type { CreditLine, PayeePeriodInput, PayeePeriodResult, PriorPeriods } from "./calculation";
import type { PlanDefinition } from "./plan";
import { credit, emptyPrior, flatCommission, inputFor, monthsOf, planWith } from "./test-fixtures";

// Runs the first `count` months of 2025 in order, carrying each result into the next period's PriorPeriods, as the
// docs tell a caller to (earnedByComponent / earnedByTransaction added up, payout state from `next`).
function runMonths(
  plan: PlanDefinition,
  credits: CreditLine[],
  count: number,
  over: Partial<PayeePeriodInput> = {},
): PayeePeriodResult[] {
  const months = monthsOf(2025);
  let prior: PriorPeriods = emptyPrior();
  const results: PayeePeriodResult[] = [];
  for (let i = 0; i < count; i++) {
    const period = months[i] as (typeof months)[number];
    const result = calculatePayeePeriod(
      inputFor(plan, { period, credits: credits.filter((c) => c.date <= period.end), prior, ...over }),
    );
    results.push(result);
    const byComponent = { ...prior.earnedByComponent };
    for (const [name, amount] of Object.entries(result.earnedByComponent)) {
      byComponent[name] = { ...(byComponent[name] ?? {}), [period.key]: amount };
    }
    const byTransaction = { ...prior.earnedByTransaction };
    for (const [id, amount] of Object.entries(result.earnedByTransaction)) {
      byTransaction[id] = sumAmounts([byTransaction[id] ?? "0", amount]);
    }
    prior = { ...prior, ...result.next, earnedByComponent: byComponent, earnedByTransaction: byTransaction };
  }
  return results;
}

const earnedTotal = (results: PayeePeriodResult[]) => sumAmounts(results.map((r) => r.totals.earned));

describe("review: caps across periods", () => {
  it("DEFECT per-deal cap 10,000 with trueUp (quarter reset): Jan 400,000 × 3% = 12,000 − 2,000 cap = 10,000; Feb must add 0, quarter total 10,000 (the true-up pays the capped 2,000 back)", () => {
    const plan = planWith({
      components: [
        flatCommission("C", "0.03", { reset: "quarter", trueUp: true, caps: { perDeal: "10000" } }),
      ],
    });
    const results = runMonths(plan, [credit("d1", "2025-01-10", "400000")], 2);
    expect(results[0]?.totals.earned).toBe("10000.00");
    expect(results[1]?.totals.earned).toBe("0.00");
    expect(earnedTotal(results)).toBe("10000.00");
  });

  it("DEFECT monthly cap 10,000 with trueUp (quarter reset): Jan 12,000 capped to 10,000; Feb (no deals) must not pay January's forfeited 2,000", () => {
    const plan = planWith({
      components: [
        flatCommission("C", "0.03", { reset: "quarter", trueUp: true, caps: { perPeriod: "10000" } }),
      ],
    });
    const results = runMonths(plan, [credit("d1", "2025-01-10", "400000")], 2);
    expect(results[0]?.totals.earned).toBe("10000.00");
    expect(results[1]?.totals.earned).toBe("0.00");
  });

  it("DEFECT clawback after a monthly cap: Jan 400,000 × 3% = 12,000 paid 10,000 (cap); full cancellation in Feb must take back the 10,000 paid, not 12,000", () => {
    const plan = planWith({
      components: [flatCommission("C", "0.03", { caps: { perPeriod: "10000" } })],
      clawback: { windowDays: 90, method: "full", schedule: [] },
    });
    const credits = [
      credit("d1", "2025-01-10", "400000"),
      credit("r1", "2025-02-10", "-400000", { reversalOf: "d1", transactionId: "r1" }),
    ];
    const results = runMonths(plan, credits, 2);
    expect(results[0]?.totals.earned).toBe("10000.00");
    expect(results[1]?.lines.find((l) => l.kind === "clawback")?.amount).toBe("-10000.00");
    expect(earnedTotal(results)).toBe("0.00");
  });

  it("per year 15,000 across three months: Jan 100,000 × 10% = 10,000; Feb 80,000 → 8,000 − 3,000 = 5,000; Mar 10,000 → 1,000 − 1,000 = 0; year 15,000", () => {
    const plan = planWith({ components: [flatCommission("C", "0.10", { caps: { perYear: "15000" } })] });
    const credits = [
      credit("d1", "2025-01-10", "100000"),
      credit("d2", "2025-02-10", "80000"),
      credit("d3", "2025-03-10", "10000"),
    ];
    const results = runMonths(plan, credits, 3);
    expect(results.map((r) => r.totals.earned)).toEqual(["10000.00", "5000.00", "0.00"]);
    expect(results[1]?.lines.map((l) => l.amount)).toEqual(["8000.00", "-3000.00"]);
    expect(results[2]?.lines.map((l) => l.amount)).toEqual(["1000.00", "-1000.00"]);
  });

  it("per year cap never takes back more than the period earned: 16,000 earlier (over a 15,000 cap), 1,000 now → cut 1,000, not 2,000", () => {
    const plan = planWith({ components: [flatCommission("C", "0.10", { caps: { perYear: "15000" } })] });
    const result = calculatePayeePeriod(
      inputFor(plan, {
        period: monthsOf(2025)[1],
        credits: [credit("d", "2025-02-10", "10000")],
        prior: emptyPrior({ earnedByComponent: { C: { "2025-01": "16000.00" } } }),
      }),
    );
    expect(result.lines.map((l) => l.amount)).toEqual(["1000.00", "-1000.00"]);
    expect(result.totals.earned).toBe("0.00");
  });

  it("TI-multiple cap 0.25 × 60,000 = 15,000 over the plan year: Jan 12,000, Feb 5,000 → 3,000 paid (cut 2,000)", () => {
    const plan = planWith({
      components: [flatCommission("C", "0.10", { caps: { targetIncentiveMultiple: "0.25" } })],
    });
    const credits = [credit("d1", "2025-01-10", "120000"), credit("d2", "2025-02-10", "50000")];
    const results = runMonths(plan, credits, 2);
    expect(results.map((r) => r.totals.earned)).toEqual(["12000.00", "3000.00"]);
    expect(results[1]?.lines[1]?.trace[0]?.rule).toContain("0.25× annual target incentive");
  });

  it("cap exactly reached is not cut: 100,000 × 10% = 10,000 with perPeriod 10,000 → no cap line", () => {
    const plan = planWith({ components: [flatCommission("C", "0.10", { caps: { perPeriod: "10000" } })] });
    const result = calculatePayeePeriod(inputFor(plan, { credits: [credit("d", "2025-01-10", "100000")] }));
    expect(result.lines.map((l) => l.kind)).toEqual(["commission"]);
  });

  it("per deal, then per period, in that order: deals 8,000 and 3,000 (rate 10% of 80,000/30,000), perDeal 5,000, perPeriod 7,000 → 8,000 − 3,000 = 5,000; + 3,000 = 8,000 − 1,000 = 7,000", () => {
    const plan = planWith({
      components: [flatCommission("C", "0.10", { caps: { perDeal: "5000", perPeriod: "7000" } })],
    });
    const credits = [credit("d1", "2025-01-10", "80000"), credit("d2", "2025-01-11", "30000")];
    const result = calculatePayeePeriod(inputFor(plan, { credits }));
    expect(result.lines.map((l) => [l.kind, l.amount])).toEqual([
      ["commission", "8000.00"],
      ["commission", "3000.00"],
      ["cap", "-3000.00"],
      ["cap", "-1000.00"],
    ]);
    expect(result.totals.earned).toBe("7000.00");
  });
});
