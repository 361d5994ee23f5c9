import { describe, expect, it } from "vitest";
import { PlanningInputError } from "../planning-input-error";
import { applyVariation } from "./apply-variation";
import { heads, plan, role } from "./capacity-fixtures";
import { capacitySensitivity } from "./capacity-sensitivity";

const ramp = (...values: string[]) => ({ kind: "share" as const, values });
// 12 months of 100,000 against 8 ramped AEs at 10,000, ramp 0/0.5/1, attrition 10%, lead 1, opening from 2026-01.
const input = plan(12, "100000", [
  role({ attrition: "0.1", ramp: ramp("0", "0.5", "1"), current: heads(8, 12) }),
]);

describe("capacitySensitivity", () => {
  const rows = capacitySensitivity(input, [
    { kind: "attrition_points", points: "0.05" },
    { kind: "ramp_months", months: 1 },
    { kind: "productivity_ratio", ratio: "0.9" },
    { kind: "lead_months", months: 1 },
  ]);

  it("labels each variation", () => {
    expect(rows.map((r) => r.label)).toEqual([
      "Attrition +5 points",
      "Ramp 1 month longer",
      "Productivity × 0.9",
      "Hiring lead time +1 month",
    ]);
  });

  it("base: 4 hires opened 2026-01, capacity 1,276,603.00; each worse assumption costs capacity, productivity × 0.9 a fifth hire", () => {
    expect(
      rows.map((r) => [r.totalCapacity, r.capacityDelta, r.hires, r.hiresDelta, r.shortfallMonths]),
    ).toEqual([
      ["1235169.00", "-41434.00", 4, 0, 6],
      ["1237125.00", "-39478.00", 4, 0, 8],
      ["1230264.90", "-46338.10", 5, 1, 8],
      ["1239963.00", "-36640.00", 4, 0, 8],
    ]);
  });

  it("base plan against itself: a neutral variation has zero deltas", () => {
    const [same] = capacitySensitivity(input, [{ kind: "productivity_ratio", ratio: "1" }]);
    expect(same).toMatchObject({ capacityDelta: "0.00", hiresDelta: 0 });
  });
});

describe("applyVariation", () => {
  it("attrition points add to the annual rate; below 0 is 0; reaching 100% is rejected", () => {
    expect(applyVariation(input, { kind: "attrition_points", points: "0.05" }).roles[0]?.attrition).toBe(
      "0.15",
    );
    expect(applyVariation(input, { kind: "attrition_points", points: "-0.5" }).roles[0]?.attrition).toBe("0");
    expect(() => applyVariation(input, { kind: "attrition_points", points: "0.9" })).toThrow(
      PlanningInputError,
    );
  });

  it("ramp one month longer repeats the first share: 0/0.5/1 → 0/0/0.5/1; one shorter → 0.5/1", () => {
    expect(applyVariation(input, { kind: "ramp_months", months: 1 }).roles[0]?.ramp.values).toEqual([
      "0",
      "0",
      "0.5",
      "1",
    ]);
    expect(applyVariation(input, { kind: "ramp_months", months: -1 }).roles[0]?.ramp.values).toEqual([
      "0.5",
      "1",
    ]);
    expect(applyVariation(input, { kind: "ramp_months", months: -9 }).roles[0]?.ramp.values).toEqual(["1"]);
  });

  it("productivity × 0.9 = 9000.0; lead +1 = 2, never below 0", () => {
    expect(applyVariation(input, { kind: "productivity_ratio", ratio: "0.9" }).roles[0]?.productivity).toBe(
      "9000",
    );
    expect(applyVariation(input, { kind: "lead_months", months: 1 }).roles[0]?.hiringLeadMonths).toBe(2);
    expect(applyVariation(input, { kind: "lead_months", months: -5 }).roles[0]?.hiringLeadMonths).toBe(0);
    expect(() => applyVariation(input, { kind: "productivity_ratio", ratio: "0" })).toThrow(
      PlanningInputError,
    );
    expect(() => applyVariation(input, { kind: "lead_months", months: 0.5 })).toThrow(PlanningInputError);
  });
});
