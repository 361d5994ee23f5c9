import { describe, expect, it } from "vitest";
import { recentPeriodKeys } from "./evaluation-periods";

describe("recentPeriodKeys", () => {
  it("calendar fiscal year, 22 Nov 2026: quarters 2026-Q4, 2026-Q3, 2026-Q2, 2026-Q1, 2025-Q4", () =>
    expect(recentPeriodKeys("quarterly", "2026-11-22", 1, 5)).toEqual([
      "2026-Q4",
      "2026-Q3",
      "2026-Q2",
      "2026-Q1",
      "2025-Q4",
    ]));
  it("fiscal year from April: Nov 2026 is in FY2027 Q3 (Oct–Dec); Aug 2026 in Q2", () =>
    expect(recentPeriodKeys("quarterly", "2026-11-22", 4, 2)).toEqual(["2027-Q3", "2027-Q2"]));
  it("months: 2026-11, 2026-10, 2026-09", () =>
    expect(recentPeriodKeys("monthly", "2026-11-22", 1, 3)).toEqual(["2026-11", "2026-10", "2026-09"]));
  it("halves and years: 2026-H2, 2026-H1; 2026, 2025", () => {
    expect(recentPeriodKeys("half_year", "2026-11-22", 1, 2)).toEqual(["2026-H2", "2026-H1"]);
    expect(recentPeriodKeys("year", "2026-11-22", 1, 2)).toEqual(["2026", "2025"]);
  });
});
