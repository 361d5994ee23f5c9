import { describe, expect, it } from "vitest";
import { buildRoleMonthRows } from "./build-role-month-rows";

const month = (m: string, capacity: string, target: string, gap: string) => ({
  month: m,
  heads: "2.0000",
  rampedHeads: "1.5000",
  requiredHeads: "1.5000",
  capacity,
  target,
  gap,
});
const hire = (openMonth: string, startMonth: string, count: number) => ({
  role: "sdr",
  openMonth,
  startMonth,
  count,
  reason: "",
});

describe("buildRoleMonthRows", () => {
  const rows = buildRoleMonthRows({
    months: [
      month("2027-01", "3.0000", "3.0000", "0.0000"),
      month("2027-02", "2.5000", "3.0000", "0.5000"),
      month("2027-03", "4.0000", "3.0000", "-1.0000"),
    ],
    // Two requisitions start in January (one opened before the plan), one in March.
    hires: [hire("2026-11", "2027-01", 1), hire("2026-12", "2027-01", 1), hire("2027-02", "2027-03", 2)],
  });
  it("hires by start month: January 1 + 1 = 2, February 0, March 2", () =>
    expect(rows.map((r) => r.starts)).toEqual([2, 0, 2]));
  it("short only where the gap is above 0: a gap of 0.0000 is on target", () =>
    expect(rows.map((r) => r.short)).toEqual([false, true, false]));
  it("keeps the API's strings as they are", () =>
    expect(rows[1]).toMatchObject({ capacity: "2.5000", target: "3.0000", gap: "0.5000", heads: "2.0000" }));
});
