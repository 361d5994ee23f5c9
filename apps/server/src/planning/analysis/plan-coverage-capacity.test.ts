import type { CapacityInput } from "@attain/engine";
import { describe, expect, it } from "vitest";
import { planCoverageCapacity } from "./plan-coverage-capacity";

const months = ["2027-01", "2027-02", "2027-03", "2027-04", "2027-05", "2027-06"];
const labels = [
  "Attrition +5 points",
  "Ramp 1 month longer",
  "Productivity × 0.9",
  "Hiring lead time +1 month",
];
/** SDRs at 1 per 2 AEs, no ramp, no attrition, no SDR yet; the AEs grow 2, 2, 4, 4, 6, 6. */
const input = (hiringLeadMonths: number): CapacityInput => ({
  months,
  target: ["2.0000", "2.0000", "4.0000", "4.0000", "6.0000", "6.0000"],
  firstOpenMonth: "2027-01",
  places: 4,
  roles: [
    {
      role: "sdr",
      productivity: "2",
      ramp: { kind: "share", values: ["1"] },
      attrition: "0",
      hiringLeadMonths,
      utilisation: "1",
      targetShare: "1",
      current: [],
      openRequisitions: [],
    },
  ],
});

describe("a coverage role staffed month by month", () => {
  it("AEs 2 → 4 → 6 need 1 → 2 → 3 SDRs: one hire starting in January, March and May, each month exactly covered", () => {
    const { plan, sensitivity } = planCoverageCapacity(input(0), 1, labels);
    expect(plan.hires.map((h) => [h.openMonth, h.startMonth, h.count])).toEqual([
      ["2027-01", "2027-01", 1],
      ["2027-03", "2027-03", 1],
      ["2027-05", "2027-05", 1],
    ]);
    expect(plan.months.map((m) => [m.heads, m.capacity, m.gap])).toEqual([
      ["1.0000", "2.0000", "0.0000"],
      ["1.0000", "2.0000", "0.0000"],
      ["2.0000", "4.0000", "0.0000"],
      ["2.0000", "4.0000", "0.0000"],
      ["3.0000", "6.0000", "0.0000"],
      ["3.0000", "6.0000", "0.0000"],
    ]);
    expect(plan.shortfalls).toEqual([]);
    // Ratio × 0.9 = 1.8: ⌈2 ÷ 1.8⌉ = 2 SDRs for 2 AEs, then 3 (4 ÷ 1.8 = 2.2223), then 4 (6 ÷ 1.8 = 3.3334).
    expect(sensitivity[2]).toMatchObject({ label: "Productivity × 0.9", hires: 4, hiresDelta: 1 });
  });

  it("a 2-month lead time from January: no SDR before March, so January and February are short by 2.0000 AEs each; March hires the 2 it needs", () => {
    const { plan } = planCoverageCapacity(input(2), 1, labels);
    expect(plan.hires.map((h) => [h.openMonth, h.startMonth, h.count])).toEqual([
      ["2027-01", "2027-03", 2],
      ["2027-03", "2027-05", 1],
    ]);
    expect(plan.shortfalls).toEqual([
      { month: "2027-01", gap: "2.0000" },
      { month: "2027-02", gap: "2.0000" },
    ]);
  });

  it("attrition between a hire's start and the month it is for: 45% a year, May needs 1.9 heads; hires start in January to be ramped (0/25/50/75/100%), 2 × 0.55^(4/12) = 1.64 is short, so 3 (2.4580)", () => {
    const attriting = input(0);
    attriting.target = ["0", "0", "0", "0", "1.9000", "1.9000"];
    attriting.roles = attriting.roles.map((role) => ({
      ...role,
      productivity: "1",
      attrition: "0.45",
      ramp: { kind: "share", values: ["0", "0.25", "0.5", "0.75", "1"] },
    }));
    const { plan } = planCoverageCapacity(attriting, 1, labels);
    expect(plan.hires.map((h) => [h.openMonth, h.startMonth, h.count])).toEqual([["2027-01", "2027-01", 3]]);
    expect(plan.months[4]?.heads).toBe("2.4580"); // 3 × 0.55^(4/12) = 3 × 0.819327 = 2.45798
  });

  it("the engine's problems name the role's own index", () => {
    const bad = input(0);
    bad.roles = bad.roles.map((role) => ({ ...role, utilisation: "1.5" }));
    expect(() => planCoverageCapacity(bad, 2, labels)).toThrow(
      expect.objectContaining({ issues: [expect.objectContaining({ field: "roles[2].utilisation" })] }),
    );
  });
});
