import { describe, expect, it } from "vitest";
import { sumAmounts } from "../money/sum-amounts";
import { calculatePayeePeriod } from "./calculate-payee-period";
import type {
  CalcPeriod,
  CreditLine,
  PayeePeriodInput,
  PayeePeriodResult,
  PriorPeriods,
} from "./calculation";
import type { Component, PlanDefinition } from "./plan";
import {
  credit,
  emptyPrior,
  flatCommission,
  inputFor,
  monthsOf,
  planWith,
  quartersOf,
  tierTable,
} from "./test-fixtures";

function runPeriods(
  plan: PlanDefinition,
  periods: CalcPeriod[],
  credits: CreditLine[],
  count: number,
  over: Partial<PayeePeriodInput> = {},
): PayeePeriodResult[] {
  let prior: PriorPeriods = emptyPrior();
  const results: PayeePeriodResult[] = [];
  for (let i = 0; i < count; i++) {
    const period = periods[i] as CalcPeriod;
    const result = calculatePayeePeriod(
      inputFor(plan, {
        period,
        yearPeriods: periods,
        credits: credits.filter((c) => c.date <= period.end),
        prior,
        ...over,
      }),
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

const amountTiers = (method: "marginal" | "retroactive", boundary: "upper" | "lower" = "upper") =>
  tierTable(
    "T",
    "amount",
    method,
    [
      ["0", "10000", "0.01"],
      ["10000", null, "0.02"],
    ],
    boundary,
  );

const tiered = (extra: Partial<Component> = {}): Component =>
  ({
    kind: "commission",
    name: "C",
    measure: "bookings",
    rate: { kind: "tiers", table: "T" },
    evaluation: "cumulative",
    reset: "quarter",
    trueUp: false,
    ...extra,
  }) as Component;

describe("review: tier boundaries, resets and windows", () => {
  it("equal-tier boundary, cumulative retroactive, upper: 6,000 → 60 (1%); running total reaches exactly 10,000 → the 4,000 increment pays 2% (Oracle: equal value is the higher tier) = 80", () => {
    const plan = planWith({ tierTables: [amountTiers("retroactive")], components: [tiered()] });
    const credits = [credit("a", "2025-01-05", "6000"), credit("b", "2025-01-06", "4000")];
    const result = calculatePayeePeriod(inputFor(plan, { credits }));
    expect(result.lines.map((l) => l.amount)).toEqual(["60.00", "80.00"]);
  });

  it("equal-tier boundary, cumulative retroactive, lower: the same 4,000 increment ending exactly on 10,000 stays at 1% = 40", () => {
    const plan = planWith({ tierTables: [amountTiers("retroactive", "lower")], components: [tiered()] });
    const credits = [credit("a", "2025-01-05", "6000"), credit("b", "2025-01-06", "4000")];
    const result = calculatePayeePeriod(inputFor(plan, { credits }));
    expect(result.lines.map((l) => l.amount)).toEqual(["60.00", "40.00"]);
  });

  it("equal-tier boundary, cumulative marginal: 10,000 then 1 → 100 then 0.02 (the point 10,000 has no width)", () => {
    const plan = planWith({ tierTables: [amountTiers("marginal")], components: [tiered()] });
    const credits = [credit("a", "2025-01-05", "10000"), credit("b", "2025-01-06", "1")];
    const result = calculatePayeePeriod(inputFor(plan, { credits }));
    expect(result.lines.map((l) => l.amount)).toEqual(["100.00", "0.02"]);
  });

  it("quarterly plan with monthly reset: Q1 Jan 8,000 + Feb 8,000 on 0–10k 1%, 10k+ 2% marginal → 80 + 80 = 160 (not F(16,000) = 220)", () => {
    const plan = planWith({
      period: "quarter",
      tierTables: [amountTiers("marginal")],
      components: [tiered({ reset: "month" })],
    });
    const credits = [credit("a", "2025-01-15", "8000"), credit("b", "2025-02-15", "8000")];
    const [q1] = runPeriods(plan, quartersOf(2025), credits, 1);
    expect(q1?.lines.map((l) => l.amount)).toEqual(["80.00", "80.00"]);
  });

  it("year-end reset on a fiscal year from April: Mar (last month of FY) 8,000 → 80, April 8,000 of the next FY starts at 0 → 80, not 2,000×1% + 6,000×2% = 140", () => {
    const plan = planWith({ tierTables: [amountTiers("marginal")], components: [tiered({ reset: "year" })] });
    // FY2025 = 2024-04 … 2025-03, FY2026 = 2025-04 … 2026-03: each fiscal year is its own yearPeriods.
    const fy = (startYear: number): CalcPeriod[] => [
      ...monthsOf(startYear).slice(3),
      ...monthsOf(startYear + 1).slice(0, 3),
    ];
    const credits = [credit("a", "2025-03-20", "8000"), credit("b", "2025-04-02", "8000")];
    const fy2025 = fy(2024);
    const march = calculatePayeePeriod(inputFor(plan, { period: fy2025[11], yearPeriods: fy2025, credits }));
    const fy2026 = fy(2025);
    const april = calculatePayeePeriod(inputFor(plan, { period: fy2026[0], yearPeriods: fy2026, credits }));
    expect(march.lines.map((l) => l.amount)).toEqual(["80.00"]);
    expect(april.lines.map((l) => l.amount)).toEqual(["80.00"]);
  });

  it("quarter reset inside a fiscal year from April: June 8,000 (Q1) → 80; July 8,000 starts Q2 at 0 → 80", () => {
    const plan = planWith({
      tierTables: [amountTiers("marginal")],
      components: [tiered({ reset: "quarter" })],
    });
    const fy = [...monthsOf(2025).slice(3), ...monthsOf(2026).slice(0, 3)];
    const credits = [credit("a", "2025-06-20", "8000"), credit("b", "2025-07-02", "8000")];
    const results = runPeriods(plan, fy, credits, 4);
    expect(results[2]?.totals.earned).toBe("80.00");
    expect(results[3]?.totals.earned).toBe("80.00");
  });

  it("DEFECT multiplier decided by a rounded ratio: quota 100,000, credit 99,999.50 (99.9995 %, below quota) on accelerator <1.00 ×1, ≥1.00 ×1.5 → 99,999.50 × 10% = 9,999.95 × 1 (engine rounds the ratio to 1.0000 and pays × 1.5 = 14,999.93)", () => {
    const plan = planWith({
      tierTables: [
        tierTable("Acc", "attainment", "retroactive", [
          ["0", "1.00", "1"],
          ["1.00", null, "1.5"],
        ]),
      ],
      components: [flatCommission("C", "0.10", { multiplier: { table: "Acc" } })],
    });
    const result = calculatePayeePeriod(
      inputFor(plan, { credits: [credit("a", "2025-01-10", "99999.50")], quotas: { "2025-01": "100000" } }),
    );
    expect(result.totals.earned).toBe("9999.95");
  });

  it("DEFECT gate 'no commission unless YTD attainment ≥ 1.00' opens below quota: 99,999.50 of 100,000 must pay 0 (engine rounds 0.999995 to 1.0000 and pays 9,999.95)", () => {
    const plan = planWith({
      components: [
        flatCommission("C", "0.10", { gate: { scope: "year_to_date", attainmentAtLeast: "1.00" } }),
      ],
    });
    const result = calculatePayeePeriod(
      inputFor(plan, { credits: [credit("a", "2025-01-10", "99999.50")], quotas: { "2025-01": "100000" } }),
    );
    expect(result.totals.earned).toBe("0.00");
  });

  it("DEFECT step bonus at 100% paid below quota: 99,999.50 of 100,000 on step <1.00 → 0, ≥1.00 → 1 × 0.25 × TI 60,000 must pay 0 (engine: 15,000)", () => {
    const plan = planWith({
      tierTables: [
        tierTable("Step", "attainment", "retroactive", [
          ["0", "1.00", "0"],
          ["1.00", null, "1"],
        ]),
      ],
      components: [{ kind: "attainment_bonus", name: "B", table: "Step", targetShare: "0.25" }],
    });
    const result = calculatePayeePeriod(
      inputFor(plan, { credits: [credit("a", "2025-01-10", "99999.50")], quotas: { "2025-01": "100000" } }),
    );
    expect(result.totals.earned).toBe("0.00");
  });

  it("DEFECT trueUp keeps the tier lift of a cancelled deal: retro 0–10k 1%, 10k+ 2%, quarter reset, full clawback; Jan A 8,000 → 80 and B 4,000 → 80 (rate reached 2%); Feb B cancelled → clawback −80; the window is now 8,000 → 80, so Feb must net −80 (engine adds a +80 true-up computed as if B still stood: 12,000 × 2% − 160)", () => {
    const plan = planWith({
      tierTables: [amountTiers("retroactive")],
      components: [tiered({ trueUp: true })],
      clawback: { windowDays: 90, method: "full", schedule: [] },
    });
    const credits = [
      credit("A", "2025-01-05", "8000"),
      credit("B", "2025-01-06", "4000"),
      credit("rB", "2025-02-10", "-4000", { reversalOf: "B" }),
    ];
    const results = runPeriods(plan, monthsOf(2025), credits, 2);
    expect(results[0]?.totals.earned).toBe("160.00");
    expect(sumAmounts(results.map((r) => r.totals.earned))).toBe("80.00");
  });

  it("trueUp retroactive (doc example): Jan 8,000 → 80; Feb +4,000 → 80 + true-up 12,000 × 2% − 80 − 80 = 80; quarter 240 = F(12,000)", () => {
    const plan = planWith({
      tierTables: [amountTiers("retroactive")],
      components: [tiered({ trueUp: true })],
    });
    const credits = [credit("a", "2025-01-05", "8000"), credit("b", "2025-02-06", "4000")];
    const results = runPeriods(plan, monthsOf(2025), credits, 3);
    expect(results[1]?.lines.map((l) => [l.kind, l.amount])).toEqual([
      ["commission", "80.00"],
      ["true_up", "80.00"],
    ]);
    expect(results[2]?.lines.map((l) => [l.kind, l.amount])).toEqual([["true_up", "0.00"]]);
    expect(sumAmounts(results.map((r) => r.totals.earned))).toBe("240.00");
  });

  it("marginal ≤ retroactive on the same ascending table for the published 60,000 on 0–10k 1%, 10–50k 2%, 50k+ 3%: 1,200 ≤ 1,800", () => {
    const bands: [string, string | null, string][] = [
      ["0", "10000", "0.01"],
      ["10000", "50000", "0.02"],
      ["50000", null, "0.03"],
    ];
    const run = (method: "marginal" | "retroactive") =>
      calculatePayeePeriod(
        inputFor(
          planWith({
            tierTables: [tierTable("T", "amount", method, bands)],
            components: [tiered({ evaluation: "per_transaction" })],
          }),
          { credits: [credit("a", "2025-01-05", "60000")] },
        ),
      ).totals.earned;
    expect([run("marginal"), run("retroactive")]).toEqual(["1200.00", "1800.00"]);
  });
});
