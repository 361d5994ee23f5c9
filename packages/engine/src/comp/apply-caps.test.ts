import { describe, expect, it } from "vitest";
import { calculatePayeePeriod } from "./calculate-payee-period";
import { credit, emptyPrior, flatCommission, inputFor, monthsOf, planWith } from "./test-fixtures";

const feb = monthsOf(2025)[1];
const earnedJan = (amount: string) => emptyPrior({ earnedByComponent: { C: { "2025-01": amount } } });

describe("applyCaps", () => {
  it("per deal 500: 3,000×10% = 300 and 8,000×10% = 800 − 300 cut = 500; earned 800", () => {
    const plan = planWith({ components: [flatCommission("C", "0.10", { caps: { perDeal: "500" } })] });
    const credits = [credit("d1", "2025-01-05", "3000"), credit("d2", "2025-01-06", "8000")];
    const result = calculatePayeePeriod(inputFor(plan, { credits }));
    expect(result.lines.map((l) => [l.kind, l.transactionId, l.amount])).toEqual([
      ["commission", "d1", "300.00"],
      ["commission", "d2", "800.00"],
      ["cap", "d2", "-300.00"],
    ]);
    expect(result.totals.earned).toBe("800.00");
    expect(result.earnedByTransaction).toEqual({ d1: "300.00", d2: "500.00" });
  });

  it("per year 10,000: 9,000 in January, 3,000 in February → cut 2,000", () => {
    const plan = planWith({ components: [flatCommission("C", "0.10", { caps: { perYear: "10000" } })] });
    const credits = [credit("d", "2025-02-05", "30000")];
    const result = calculatePayeePeriod(
      inputFor(plan, { period: feb, credits, prior: earnedJan("9000.00") }),
    );
    expect(result.lines.map((l) => l.amount)).toEqual(["3000.00", "-2000.00"]);
    expect(result.lines[1]?.trace[0]?.detail).toBe("9,000 earlier + 3,000 now > 10,000: −2,000");
  });

  it("0.1 × annual TI 60,000 = 6,000: 5,000 earlier + 3,000 now → cut 2,000", () => {
    const caps = { targetIncentiveMultiple: "0.1" };
    const plan = planWith({ components: [flatCommission("C", "0.10", { caps })] });
    const credits = [credit("d", "2025-02-05", "30000")];
    const result = calculatePayeePeriod(
      inputFor(plan, { period: feb, credits, prior: earnedJan("5000.00") }),
    );
    expect(result.totals.earned).toBe("1000.00");
  });

  it("a year already over its cap pays 0 this period and takes nothing back: 11,000 earlier, 3,000 now → −3,000", () => {
    const plan = planWith({ components: [flatCommission("C", "0.10", { caps: { perYear: "10000" } })] });
    const credits = [credit("d", "2025-02-05", "30000")];
    const result = calculatePayeePeriod(
      inputFor(plan, { period: feb, credits, prior: earnedJan("11000.00") }),
    );
    expect(result.totals.earned).toBe("0.00");
  });
});
