import { describe, expect, it } from "vitest";
import type { ScenarioFigures, ScenarioSummary } from "../../api/planning-types";
import { compareFigures } from "./compare-figures";

const figures = (patch: Partial<ScenarioFigures>): ScenarioFigures => ({
  scenario: {} as ScenarioSummary,
  target: "54000000.00",
  totalQuota: "59400000.00",
  overAssignment: "1.1000",
  expectedShareAtThreshold: 0.71234,
  heads: "34.5",
  hires: 4,
  capacity: "50000000.00",
  costOfSales: "4200000.00",
  costOfSalesRatio: "0.0707",
  fairness: null,
  startHeads: 30,
  expectedBookings: "52000000.00",
  costOfSalesPeople: 34,
  problems: [],
  compPlans: [],
  ...patch,
});

describe("compareFigures", () => {
  const rows = compareFigures(
    figures({}),
    figures({
      totalQuota: "64800000.00",
      overAssignment: "1.2000",
      expectedShareAtThreshold: 0.65,
      hires: 6,
      capacity: null,
    }),
  );
  const row = (id: string) => rows.find((r) => r.id === id);
  it("total quota 64,800,000.00 − 59,400,000.00 = 5,400,000.00", () =>
    expect(row("totalQuota")?.delta).toBe("5400000.00"));
  it("over-assignment 1.2000 − 1.1000 = 0.1000", () => expect(row("overAssignment")?.delta).toBe("0.1000"));
  it("share 0.6500 − 0.7123 = -0.0623 (rounded to 4 places first)", () =>
    expect(row("expectedShare")).toMatchObject({ base: "0.7123", other: "0.6500", delta: "-0.0623" }));
  it("hires 6 − 4 = 2", () => expect(row("hires")?.delta).toBe("2"));
  it("capacity missing on one side → no delta", () => expect(row("capacity")?.delta).toBeNull());
  it("cost of sales 4,200,000.00 on both sides → 0.00", () => expect(row("costOfSales")?.delta).toBe("0.00"));
});
