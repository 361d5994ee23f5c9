import { describe, expect, it } from "vitest";
import { nextPeriodOf } from "./next-period-of";

describe("nextPeriodOf", () => {
  it("month: 2026-01 (ends 01-31) → 2026-02, 02-01..02-28", () => {
    expect(nextPeriodOf({ periodKey: "2026-01", periodEnd: "2026-01-31" })).toEqual({
      periodKey: "2026-02",
      periodStart: "2026-02-01",
      periodEnd: "2026-02-28",
    });
  });
  it("fiscal quarter: 2026-Q4 ending 2026-03-31 (April start) → 2027-Q1, 04-01..06-30", () => {
    expect(nextPeriodOf({ periodKey: "2026-Q4", periodEnd: "2026-03-31" })).toEqual({
      periodKey: "2027-Q1",
      periodStart: "2026-04-01",
      periodEnd: "2026-06-30",
    });
  });
  it("year: 2026 → 2027, 2027-01-01..2027-12-31", () => {
    expect(nextPeriodOf({ periodKey: "2026", periodEnd: "2026-12-31" })).toEqual({
      periodKey: "2027",
      periodStart: "2027-01-01",
      periodEnd: "2027-12-31",
    });
  });
});
