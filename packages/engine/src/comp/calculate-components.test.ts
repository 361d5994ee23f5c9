import { describe, expect, it } from "vitest";
import { calculatePayeePeriod } from "./calculate-payee-period";
import type { Component } from "./plan";
import { credit, flatCommission, inputFor, planWith, tierTable } from "./test-fixtures";

// Bonus, MBO, SPIF and formula components (calculate-attainment-bonus, calculate-mbo, calculate-spif,
// calculate-formula-component, evaluate-plan-variables).

const quota = { "2025-01": "100000" };

describe("attainment bonus", () => {
  const bonus = (table: string): Component => ({
    kind: "attainment_bonus",
    name: "Bonus",
    table,
    targetShare: "0.25",
  });

  it("step: 100% attainment → 1 × 25% × 60,000 TI = 15,000", () => {
    const step = tierTable("Step", "attainment", "retroactive", [
      ["0", "0.80", "0"],
      ["0.80", "1.00", "0.5"],
      ["1.00", null, "1"],
    ]);
    const plan = planWith({ tierTables: [step], components: [bonus("Step")] });
    const credits = [credit("d", "2025-01-10", "100000")];
    expect(calculatePayeePeriod(inputFor(plan, { credits, quotas: quota })).totals.earned).toBe("15000.00");
  });

  it("linear: 90% on 0.5→1.0 between 0.50 and 1.00 → 0.9 × 25% × 60,000 = 13,500", () => {
    const linear = tierTable("Linear", "attainment", "interpolated", [
      ["0", "0.50", "0", "0"],
      ["0.50", "1.00", "0.5", "1"],
      ["1.00", null, "1"],
    ]);
    const plan = planWith({ tierTables: [linear], components: [bonus("Linear")] });
    const credits = [credit("d", "2025-01-10", "90000")];
    const result = calculatePayeePeriod(inputFor(plan, { credits, quotas: quota }));
    expect(result.totals.earned).toBe("13500.00");
    expect(result.lines[0]?.trace[1]?.detail).toBe("90% × 25% × 60,000 TI = 13,500");
  });
});

describe("MBO", () => {
  it("0.6 × min(1.5, 1.2) × 5,000 + objective b not scored (0) = 3,600", () => {
    const mbo: Component = {
      kind: "mbo",
      name: "Goals",
      objectives: [
        { key: "a", label: "Pipeline hygiene", weight: "0.6" },
        { key: "b", label: "Training", weight: "0.4" },
      ],
      targetAmount: "5000",
      maxScore: "1.2",
    };
    const result = calculatePayeePeriod(
      inputFor(planWith({ components: [mbo] }), { mboScores: { Goals: { a: "1.5" } } }),
    );
    expect(result.totals.earned).toBe("3600.00");
    expect(result.lines[0]?.trace.map((s) => s.detail)).toEqual([
      "0.6 × 1.2 (score 1.5 capped at 1.2) × 5,000 = 3,600",
      "not scored: pays 0",
    ]);
  });
});

describe("SPIF", () => {
  const spif = (
    payout: { perDeal: string } | { rate: string },
    eligibleJobRoles: string[] = [],
  ): Component => ({
    kind: "spif",
    name: "Launch",
    measure: "bookings",
    filter: { from: "2025-01-10", to: "2025-01-20", attributes: { product: ["X"] } },
    payout,
    eligibleJobRoles,
  });
  const credits = [
    credit("early", "2025-01-05", "10000", { attributes: { product: "X" } }),
    credit("in", "2025-01-15", "10000", { attributes: { product: "X" } }),
    credit("other", "2025-01-15", "10000", { attributes: { product: "Y" } }),
  ];

  it("per deal 250: only the product-X deal inside Jan 10–20 qualifies → 250", () => {
    const result = calculatePayeePeriod(
      inputFor(planWith({ components: [spif({ perDeal: "250" })] }), { credits }),
    );
    expect(result.lines.map((l) => [l.creditId, l.amount])).toEqual([["in", "250.00"]]);
  });

  it("rate 1%: 10,000 × 1% = 100", () => {
    const result = calculatePayeePeriod(
      inputFor(planWith({ components: [spif({ rate: "0.01" })] }), { credits }),
    );
    expect(result.totals.earned).toBe("100.00");
  });

  it("an AE is not eligible for an SDR-only SPIF: 0, and the trace says so", () => {
    const result = calculatePayeePeriod(
      inputFor(planWith({ components: [spif({ perDeal: "250" }, ["sdr"])] }), { credits }),
    );
    expect(result.lines.map((l) => l.amount)).toEqual(["0.00"]);
    expect(result.lines[0]?.trace[0]?.detail).toBe("job role 'ae' is not among sdr: pays 0");
  });
});

describe("formulas", () => {
  const credits = [credit("d", "2025-01-10", "50000", { attributes: { product: "A" } })];

  it("a variable and an earlier component: bookings × rate_now + component.Base × 10% = 500 + 50 = 550", () => {
    const plan = planWith({
      variables: [{ name: "rate_now", formula: "IF(attainment >= 0.5, 0.01, 0)" }],
      components: [
        flatCommission("Base", "0.01"),
        { kind: "formula", name: "Kicker", formula: "bookings * rate_now + component.Base * 10%" },
      ],
    });
    const result = calculatePayeePeriod(inputFor(plan, { credits, quotas: quota }));
    expect(result.earnedByComponent).toEqual({ Base: "500.00", Kicker: "550.00" });
  });

  it('RATE("Products", "A") × bookings = 5% × 50,000 = 2,500; TIER("Accel", 1.2) = 1.5', () => {
    const plan = planWith({
      rateTables: [
        {
          name: "Products",
          keys: ["product"],
          rows: [{ match: { product: "A" }, rate: "0.05" }],
          defaultRate: null,
        },
      ],
      tierTables: [
        tierTable("Accel", "attainment", "retroactive", [
          ["0", "1.00", "1"],
          ["1.00", null, "1.5"],
        ]),
      ],
      components: [
        { kind: "formula", name: "ByRate", formula: 'RATE("Products", "A") * bookings' },
        { kind: "formula", name: "ByTier", formula: 'TIER("Accel", 1.2)' },
      ],
    });
    const result = calculatePayeePeriod(inputFor(plan, { credits }));
    expect(result.earnedByComponent).toEqual({ ByRate: "2500.00", ByTier: "1.50" });
  });

  it("a formula may not use a later component", () => {
    const plan = planWith({
      components: [
        { kind: "formula", name: "First", formula: "component.Second * 2" },
        flatCommission("Second", "0.01"),
      ],
    });
    expect(() => calculatePayeePeriod(inputFor(plan, { credits }))).toThrow(
      "payee 'ana', period 2025-01, component 'First': uses component.Second, which is not calculated before it",
    );
  });
});
