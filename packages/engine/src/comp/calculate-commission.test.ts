import { describe, expect, it } from "vitest";
import { calculatePayeePeriod } from "./calculate-payee-period";
import type { Component, PlanDefinition } from "./plan";
import {
  amountsOf,
  credit,
  emptyPrior,
  flatCommission,
  inputFor,
  monthsOf,
  planWith,
  tierTable,
} from "./test-fixtures";

const months = monthsOf(2025);
const band = tierTable("Bands", "amount", "marginal", [
  ["0", "10000", "0.01"],
  ["10000", null, "0.02"],
]);
const cumulative = (extra: Partial<Component> = {}): Component =>
  flatCommission("C", "0", {
    rate: { kind: "tiers", table: "Bands" },
    evaluation: "cumulative",
    reset: "quarter",
    ...extra,
  });

describe("calculateCommission", () => {
  it("cumulative marginal, quarterly reset: Jan 8,000×1% = 80; Feb 8,000→12,000: 2,000×1% + 2,000×2% = 60", () => {
    const plan = planWith({ tierTables: [band], components: [cumulative()] });
    const credits = [credit("jan", "2025-01-10", "8000"), credit("feb", "2025-02-10", "4000")];
    const jan = calculatePayeePeriod(inputFor(plan, { credits: credits.slice(0, 1) }));
    const feb = calculatePayeePeriod(inputFor(plan, { period: months[1], credits }));
    expect([jan.totals.earned, feb.totals.earned]).toEqual(["80.00", "60.00"]);
    expect(feb.lines[0]?.trace.map((s) => s.detail).slice(1)).toEqual([
      "running total 8,000 → 12,000",
      "2,000 × 1% = 20",
      "2,000 × 2% = 40",
    ]);
  });

  it("the running total restarts with the quarter: Apr 4,000 → 4,000×1% = 40", () => {
    const plan = planWith({ tierTables: [band], components: [cumulative()] });
    const credits = [credit("mar", "2025-03-10", "12000"), credit("apr", "2025-04-10", "4000")];
    expect(calculatePayeePeriod(inputFor(plan, { period: months[3], credits })).totals.earned).toBe("40.00");
  });

  it("retroactive cumulative with true-up: Feb 4,000×2% = 80, true-up 12,000×2% − 80 − 80 = 80", () => {
    const retro = { ...band, method: "retroactive" as const };
    const plan = planWith({ tierTables: [retro], components: [cumulative({ trueUp: true })] });
    const credits = [credit("jan", "2025-01-10", "8000"), credit("feb", "2025-02-10", "4000")];
    const prior = emptyPrior({ earnedByComponent: { C: { "2025-01": "80.00" } } });
    const feb = calculatePayeePeriod(inputFor(plan, { period: months[1], credits, prior }));
    expect(feb.lines.map((l) => [l.kind, l.amount])).toEqual([
      ["commission", "80.00"],
      ["true_up", "80.00"],
    ]);
    expect(feb.lines[1]?.trace[0]?.rule).toBe("True-up of 'C' (quarter window from 2025-01-01)");
    expect(feb.totals.earned).toBe("160.00");
  });

  const products: PlanDefinition["rateTables"] = [
    {
      name: "Products",
      keys: ["product", "dealType"],
      rows: [
        { match: { product: "A", dealType: "*" }, rate: "0.05" },
        { match: { product: "*", dealType: "renewal" }, rate: "0.02" },
      ],
      defaultRate: null,
    },
  ];
  const byProduct = planWith({
    rateTables: products,
    components: [flatCommission("P", "0", { rate: { kind: "rate_table", table: "Products" } })],
  });

  it("rate table, first matching row: A new 1,000×5% = 50; B renewal 1,000×2% = 20", () => {
    const credits = [
      credit("a", "2025-01-05", "1000", { attributes: { product: "A", dealType: "new" } }),
      credit("b", "2025-01-06", "1000", { attributes: { product: "B", dealType: "renewal" } }),
    ];
    const result = calculatePayeePeriod(inputFor(byProduct, { credits }));
    expect(amountsOf(result.lines, "commission")).toEqual(["50.00", "20.00"]);
    expect(result.lines[1]?.trace[1]?.rule).toBe("Rate table 'Products' row 2");
  });

  it("rate table without a matching row or default: an error naming payee, component and credit", () => {
    const credits = [credit("c", "2025-01-05", "1000", { attributes: { product: "B", dealType: "new" } })];
    expect(() => calculatePayeePeriod(inputFor(byProduct, { credits }))).toThrow(
      "payee 'ana', period 2025-01, component 'P', credit 'c': no row of rate table 'Products' matches product=B, dealType=new and it has no default",
    );
  });

  const accelerator = tierTable("Accel", "attainment", "retroactive", [
    ["0", "1.00", "1"],
    ["1.00", null, "1.5"],
  ]);
  const accelerated = (
    gate?: Component extends never ? never : { scope: "period" | "year_to_date"; attainmentAtLeast: string },
  ) =>
    planWith({
      tierTables: [accelerator],
      components: [
        flatCommission("New", "0.10", { multiplier: { table: "Accel", ...(gate ? { gate } : {}) } }),
      ],
    });
  const deal = [credit("d", "2025-01-15", "120000")];

  it("multiplier at 120% attainment: 120,000×10% = 12,000 × 1.5 = 18,000", () => {
    const result = calculatePayeePeriod(
      inputFor(accelerated(), { credits: deal, quotas: { "2025-01": "100000" } }),
    );
    expect(result.totals.earned).toBe("18000.00");
    expect(result.lines[0]?.trace.at(-1)?.detail).toBe("12,000 × 1.5 = 18,000");
  });

  it("multiplier gate closed (YTD 120% < 130%): multiplier 1, 12,000", () => {
    const plan = accelerated({ scope: "year_to_date", attainmentAtLeast: "1.30" });
    const result = calculatePayeePeriod(inputFor(plan, { credits: deal, quotas: { "2025-01": "100000" } }));
    expect(result.totals.earned).toBe("12000.00");
    expect(result.lines[0]?.trace.map((s) => s.detail)).toContain("gate closed: multiplier 1×");
  });

  it("component gate closed (period attainment 0.4 < 0.5): one zero line that says why", () => {
    const gate = { scope: "period" as const, attainmentAtLeast: "0.5" };
    const plan = planWith({ components: [flatCommission("New", "0.10", { gate })] });
    const credits = [credit("d", "2025-01-15", "40000")];
    const result = calculatePayeePeriod(inputFor(plan, { credits, quotas: { "2025-01": "100000" } }));
    expect(result.lines.map((l) => l.amount)).toEqual(["0.00"]);
    expect(result.lines[0]?.trace.map((s) => s.detail)).toEqual([
      "period attainment 0.4 < 0.5: closed",
      "gate closed: pays 0",
    ]);
  });

  it("nextTier: 80,000 of 100,000 on <1.00 6%, ≥1.00 8% → 20,000 more to reach 1.00 at 8%", () => {
    const table = tierTable("AE", "attainment", "marginal", [
      ["0", "1.00", "0.06"],
      ["1.00", null, "0.08"],
    ]);
    const plan = planWith({
      tierTables: [table],
      components: [
        flatCommission("AE", "0", { rate: { kind: "tiers", table: "AE" }, evaluation: "cumulative" }),
      ],
    });
    const result = calculatePayeePeriod(
      inputFor(plan, { credits: [credit("d", "2025-01-15", "80000")], quotas: { "2025-01": "100000" } }),
    );
    expect(result.nextTier).toEqual({
      component: "AE",
      atRatio: "1.00",
      creditNeeded: "20000",
      rate: "0.08",
    });
    expect(result.attainment).toEqual({
      credit: "80000",
      quota: "100000",
      ratio: "0.8000",
      ytdCredit: "80000",
      ytdQuota: "100000",
      ytdRatio: "0.8000",
    });
  });
});
