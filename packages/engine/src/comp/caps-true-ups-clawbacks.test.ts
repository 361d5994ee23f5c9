import { describe, expect, it } from "vitest";
import { calculatePayeePeriod } from "./calculate-payee-period";
import { credit, emptyPrior, flatCommission, inputFor, monthsOf, planWith } from "./test-fixtures";
import { validatePlan } from "./validate-plan";
import { withChange } from "./validate-plan-test-plan";

const feb = monthsOf(2025)[1];

describe("caps, true-ups and clawbacks together", () => {
  it("per-deal cap 10,000 with trueUp: Feb's own 400,000 deal → 12,000 − 2,000 cap + true-up (10,000 + 10,000 − 10,000 earlier − 10,000 this period = 0) = 10,000, capped once", () => {
    const plan = planWith({
      components: [
        flatCommission("C", "0.03", { reset: "quarter", trueUp: true, caps: { perDeal: "10000" } }),
      ],
    });
    const result = calculatePayeePeriod(
      inputFor(plan, {
        period: feb,
        credits: [credit("d1", "2025-01-10", "400000"), credit("d2", "2025-02-10", "400000")],
        prior: emptyPrior({ earnedByComponent: { C: { "2025-01": "10000.00" } } }),
      }),
    );
    expect(result.lines.map((l) => [l.kind, l.amount])).toEqual([
      ["commission", "12000.00"],
      ["true_up", "0.00"],
      ["cap", "-2000.00"],
    ]);
    expect(result.totals.earned).toBe("10000.00");
  });

  it("a monthly cap's cut is shared pro rata in earnedByTransaction: 9,000 + 3,000 = 12,000 cut 2,000 → d1 9,000 − 1,500 = 7,500, d2 3,000 − 500 = 2,500", () => {
    const plan = planWith({ components: [flatCommission("C", "0.10", { caps: { perPeriod: "10000" } })] });
    const result = calculatePayeePeriod(
      inputFor(plan, { credits: [credit("d1", "2025-01-10", "90000"), credit("d2", "2025-01-11", "30000")] }),
    );
    expect(result.earnedByTransaction).toEqual({ d1: "7500.00", d2: "2500.00" });
  });

  it("a formula gate 'attainment >= 1' stays closed at 99,999.50 of 100,000 (the ratio is exact in formulas, 1.0000 only on display)", () => {
    const plan = planWith({
      components: [flatCommission("C", "0.10", { gate: { formula: "attainment >= 1" } })],
    });
    const result = calculatePayeePeriod(
      inputFor(plan, { credits: [credit("a", "2025-01-10", "99999.50")], quotas: { "2025-01": "100000" } }),
    );
    expect(result.totals.earned).toBe("0.00");
    expect(result.attainment.ratio).toBe("1.0000");
  });

  it('RATE with a literal table name is checked against that table: RATE("Region rates", "emea", "x") names the table and its 1 key', () => {
    const plan = withChange((p) => {
      p.rateTables.push({
        name: "Region rates",
        keys: ["region"],
        rows: [{ match: { region: "*" }, rate: "0.01" }],
        defaultRate: null,
      });
      p.components.push({
        kind: "formula",
        name: "Kicker",
        formula: 'bookings * RATE("Region rates", "emea", "x")',
      });
    });
    const result = validatePlan(plan);
    expect(result.ok ? [] : result.issues.map((i) => i.message)).toEqual([
      'RATE("Region rates", …) takes 1 key value (region) after the table name, got 2 (at character 12)',
    ]);
  });
});
