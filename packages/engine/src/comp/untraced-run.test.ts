import { describe, expect, it } from "vitest";
import { calculatePayeePeriod } from "./calculate-payee-period";
import type { PayeePeriodResult } from "./calculation";
import type { Component } from "./plan";
import { credit, flatCommission, inputFor, planWith, tierTable } from "./test-fixtures";

const plan = planWith({
  tierTables: [
    tierTable("Attainment", "attainment", "marginal", [
      ["0", "1.00", "0.06"],
      ["1.00", null, "0.08"],
    ]),
    tierTable("Accelerator", "attainment", "retroactive", [
      ["0", "1.00", "1"],
      ["1.00", null, "1.5"],
    ]),
    tierTable("Team", "attainment", "retroactive", [["0", null, "0.02"]]),
  ],
  components: [
    flatCommission("New", "0", {
      rate: { kind: "tiers", table: "Attainment" },
      evaluation: "cumulative",
      reset: "quarter",
      multiplier: { table: "Accelerator" },
      caps: { perPeriod: "7000" },
    }),
    {
      kind: "override",
      name: "Team",
      measure: "bookings",
      rate: { kind: "tiers", table: "Team" },
      threshold: "0",
    } satisfies Component,
    flatCommission("Flat", "0.01"),
  ],
});
const credits = [
  credit("d1", "2025-01-05", "60000"),
  credit("d2", "2025-01-20", "50000.50"),
  credit("t1", "2025-01-21", "30000", { role: "rollup" }),
];
const run = (trace?: boolean) =>
  calculatePayeePeriod(
    inputFor(plan, { credits, quotas: { "2025-01": "100000" }, teamQuotas: { "2025-01": "1" }, trace }),
  );
const rules = (result: PayeePeriodResult) => result.lines.map((l) => l.trace.map((s) => s.rule));

describe("input.trace false", () => {
  it("gives the same amounts and totals (d2: 40,000 × 6% + 10,000.50 × 8% = 3,200.04 × 1.5), and the same rule names", () => {
    const traced = run();
    const untraced = run(false);
    const figures = (r: PayeePeriodResult) => ({ ...r, lines: r.lines.map(({ trace: _, ...line }) => line) });
    expect(figures(untraced)).toEqual(figures(traced));
    expect(traced.lines[1]?.exact).toBe("4800.06");
    expect(rules(untraced)).toEqual(rules(traced));
    expect(run(true)).toEqual(traced);
  });

  it("leaves out the detail text and values of per-credit steps only", () => {
    const untraced = run(false);
    const first = untraced.lines[0]?.trace[0];
    expect(first).toEqual({ rule: "Component 'New'", detail: "", values: {} });
    const cap = untraced.lines.find((l) => l.kind === "cap");
    expect(cap?.trace[0]?.detail).toMatch(/cap/);
  });
});
