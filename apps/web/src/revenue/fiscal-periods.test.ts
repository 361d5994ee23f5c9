import { describe, expect, it } from "vitest";
import {
  addMonths,
  detectPreset,
  fiscalYearName,
  fiscalYearStart,
  isMonth,
  resolvePreset,
  selectableMonths,
} from "./fiscal-periods";

describe("addMonths", () => {
  it("2026-11 + 3 = 2027-02 (crosses the year)", () => expect(addMonths("2026-11", 3)).toBe("2027-02"));
  it("2026-01 − 1 = 2025-12", () => expect(addMonths("2026-01", -1)).toBe("2025-12"));
  it("2026-01 − 24 = 2024-01", () => expect(addMonths("2026-01", -24)).toBe("2024-01"));
});

describe("fiscal years", () => {
  it("calendar fiscal year: 2026-11-22 is in the year starting 2026-01, named FY2026", () => {
    expect(fiscalYearStart("2026-11-22", 1)).toBe("2026-01");
    expect(fiscalYearName("2026-01")).toBe(2026);
  });
  it("April start: 2026-02-10 is in the year starting 2025-04, which ends in March 2026 (FY2026)", () => {
    expect(fiscalYearStart("2026-02-10", 4)).toBe("2025-04");
    expect(fiscalYearName("2025-04")).toBe(2026);
  });
  it("April start: 2026-04-01 opens the year starting 2026-04", () =>
    expect(fiscalYearStart("2026-04-01", 4)).toBe("2026-04"));
});

describe("resolvePreset (today 2026-11-22, January start)", () => {
  const today = "2026-11-22";
  it("current fiscal year = 2026-01..2026-12", () =>
    expect(resolvePreset("fy", today, 1)).toEqual({ from: "2026-01", to: "2026-12" }));
  it("previous fiscal year = 2025-01..2025-12", () =>
    expect(resolvePreset("prev-fy", today, 1)).toEqual({ from: "2025-01", to: "2025-12" }));
  it("Q3 = 2026-07..2026-09", () =>
    expect(resolvePreset("q3", today, 1)).toEqual({ from: "2026-07", to: "2026-09" }));
  it("Q4 of an April year starting 2026-04 = 2027-01..2027-03", () =>
    expect(resolvePreset("q4", today, 4)).toEqual({ from: "2027-01", to: "2027-03" }));
  it("custom has no months of its own", () => expect(resolvePreset("custom", today, 1)).toBeNull());
});

describe("detectPreset", () => {
  it("2026-04..2026-06 is Q2", () =>
    expect(detectPreset({ from: "2026-04", to: "2026-06" }, "2026-11-22", 1)).toBe("q2"));
  it("2026-02..2026-05 matches no preset: custom", () =>
    expect(detectPreset({ from: "2026-02", to: "2026-05" }, "2026-11-22", 1)).toBe("custom"));
});

describe("selectableMonths", () => {
  it("36 months from 2024-01 to 2026-12", () => {
    const months = selectableMonths("2026-11-22", 1);
    expect(months).toHaveLength(36);
    expect(months[0]).toBe("2024-01");
    expect(months.at(-1)).toBe("2026-12");
  });
});

describe("isMonth", () => {
  it("accepts 2026-09, rejects 2026-13 and 2026-9", () => {
    expect(isMonth("2026-09")).toBe(true);
    expect(isMonth("2026-13")).toBe(false);
    expect(isMonth("2026-9")).toBe(false);
  });
});
