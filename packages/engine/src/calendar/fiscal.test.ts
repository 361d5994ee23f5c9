import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { addDays, daysBetween, isValidDate } from "./dates";
import {
  fiscalQuarterOf,
  fiscalQuarterRange,
  formatFiscalQuarter,
  parseFiscalQuarter,
} from "./fiscal-quarter";
import { type FiscalCalendar, fiscalYearOf, fiscalYearRange } from "./fiscal-year";

const cal = (startMonth: number, naming: "start" | "end"): FiscalCalendar => ({ startMonth, naming });

describe("calendar-year fiscal year (startMonth 1): both namings give the calendar year", () => {
  it.each(["start", "end"] as const)("naming %s", (naming) => {
    expect(fiscalYearOf("2024-06-15", cal(1, naming))).toBe(2024);
    expect(fiscalYearRange(2024, cal(1, naming))).toEqual({ start: "2024-01-01", end: "2024-12-31" });
    expect(fiscalQuarterOf("2024-04-01", cal(1, naming))).toEqual({ fiscalYear: 2024, quarter: 2 });
    expect(fiscalQuarterRange(2024, 2, cal(1, naming))).toEqual({ start: "2024-04-01", end: "2024-06-30" });
  });
});

describe("fiscal year starting in February", () => {
  it("start naming: 2024-01-31 is FY2023 Q4, 2024-02-01 is FY2024 Q1", () => {
    expect(fiscalQuarterOf("2024-01-31", cal(2, "start"))).toEqual({ fiscalYear: 2023, quarter: 4 });
    expect(fiscalQuarterOf("2024-02-01", cal(2, "start"))).toEqual({ fiscalYear: 2024, quarter: 1 });
    expect(fiscalYearRange(2023, cal(2, "start"))).toEqual({ start: "2023-02-01", end: "2024-01-31" });
  });
  it("end naming: 2024-01-31 is FY2024, 2024-02-01 is FY2025", () => {
    expect(fiscalYearOf("2024-01-31", cal(2, "end"))).toBe(2024);
    expect(fiscalYearOf("2024-02-01", cal(2, "end"))).toBe(2025);
    expect(fiscalYearRange(2024, cal(2, "end"))).toEqual({ start: "2023-02-01", end: "2024-01-31" });
  });
  it("leap day 2024-02-29 is in Q1 (Feb–Apr), whose range ends 2024-04-30", () => {
    expect(fiscalQuarterOf("2024-02-29", cal(2, "start"))).toEqual({ fiscalYear: 2024, quarter: 1 });
    expect(fiscalQuarterRange(2024, 1, cal(2, "start"))).toEqual({ start: "2024-02-01", end: "2024-04-30" });
  });
});

describe("fiscal year starting in April", () => {
  it("start naming: 2024-03-31 is FY2023 Q4; 2024-04-01 is FY2024 Q1; FY2024 = 2024-04-01..2025-03-31", () => {
    expect(fiscalQuarterOf("2024-03-31", cal(4, "start"))).toEqual({ fiscalYear: 2023, quarter: 4 });
    expect(fiscalQuarterOf("2024-04-01", cal(4, "start"))).toEqual({ fiscalYear: 2024, quarter: 1 });
    expect(fiscalYearRange(2024, cal(4, "start"))).toEqual({ start: "2024-04-01", end: "2025-03-31" });
    expect(fiscalQuarterRange(2024, 4, cal(4, "start"))).toEqual({ start: "2025-01-01", end: "2025-03-31" });
  });
  it("end naming: the same year is FY2025; 2024-02-10 is FY2024 Q4", () => {
    expect(fiscalYearRange(2025, cal(4, "end"))).toEqual({ start: "2024-04-01", end: "2025-03-31" });
    expect(fiscalQuarterOf("2024-02-10", cal(4, "end"))).toEqual({ fiscalYear: 2024, quarter: 4 });
  });
});

describe("fiscal year starting in July", () => {
  it("end naming: 2024-06-30 is FY2024 Q4, 2024-07-01 is FY2025 Q1; FY2025 Q3 = 2025-01-01..2025-03-31", () => {
    expect(fiscalQuarterOf("2024-06-30", cal(7, "end"))).toEqual({ fiscalYear: 2024, quarter: 4 });
    expect(fiscalQuarterOf("2024-07-01", cal(7, "end"))).toEqual({ fiscalYear: 2025, quarter: 1 });
    expect(fiscalYearRange(2025, cal(7, "end"))).toEqual({ start: "2024-07-01", end: "2025-06-30" });
    expect(fiscalQuarterRange(2025, 3, cal(7, "end"))).toEqual({ start: "2025-01-01", end: "2025-03-31" });
  });
  it("start naming: 2024-07-01 is FY2024", () => {
    expect(fiscalYearOf("2024-07-01", cal(7, "start"))).toBe(2024);
    expect(fiscalYearRange(2024, cal(7, "start"))).toEqual({ start: "2024-07-01", end: "2025-06-30" });
  });
});

it("a fiscal year starting in March ends on the leap day: FY2024 (end naming) = 2023-03-01..2024-02-29", () => {
  expect(fiscalYearRange(2024, cal(3, "end"))).toEqual({ start: "2023-03-01", end: "2024-02-29" });
  expect(fiscalYearRange(2023, cal(3, "end"))).toEqual({ start: "2022-03-01", end: "2023-02-28" });
});

it("quarter labels: 2025-Q2 round-trips", () => {
  expect(parseFiscalQuarter("2025-Q2")).toEqual({ fiscalYear: 2025, quarter: 2 });
  expect(formatFiscalQuarter({ fiscalYear: 2025, quarter: 2 })).toBe("2025-Q2");
  expect(() => parseFiscalQuarter("2025-Q5")).toThrow(/YYYY-Qn/);
});

it("rejects a bad calendar or quarter", () => {
  expect(() => fiscalYearOf("2024-01-01", cal(0, "start"))).toThrow(/1–12/);
  expect(() => fiscalYearOf("2024-01-01", cal(13, "start"))).toThrow(/1–12/);
  expect(() => fiscalYearOf("2024-01-01", { startMonth: 1, naming: "middle" as "start" })).toThrow(/naming/);
  expect(() => fiscalQuarterRange(2024, 5, cal(1, "start"))).toThrow(/quarter/);
});

describe("fiscal properties", () => {
  const arbDate = fc
    .tuple(
      fc.integer({ min: 1900, max: 2200 }),
      fc.integer({ min: 1, max: 12 }),
      fc.integer({ min: 1, max: 31 }),
    )
    .map(([y, m, d]) => `${y}-${String(m).padStart(2, "0")}-${String(d).padStart(2, "0")}`)
    .filter(isValidDate);
  const arbCal = fc.record({
    startMonth: fc.integer({ min: 1, max: 12 }),
    naming: fc.constantFrom("start", "end"),
  });

  it("a date lies inside its fiscal year and its fiscal quarter", () => {
    fc.assert(
      fc.property(arbDate, arbCal, (date, c) => {
        const year = fiscalYearRange(fiscalYearOf(date, c), c);
        expect(year.start <= date && date <= year.end).toBe(true);
        const q = fiscalQuarterOf(date, c);
        const quarter = fiscalQuarterRange(q.fiscalYear, q.quarter, c);
        expect(quarter.start <= date && date <= quarter.end).toBe(true);
      }),
    );
  });

  it("a fiscal year has 365 or 366 days and its four quarters tile it", () => {
    fc.assert(
      fc.property(fc.integer({ min: 1900, max: 2200 }), arbCal, (fy, c) => {
        const year = fiscalYearRange(fy, c);
        expect([365, 366]).toContain(daysBetween(year.start, year.end) + 1);
        const quarters = ([1, 2, 3, 4] as const).map((q) => fiscalQuarterRange(fy, q, c));
        expect(quarters[0]?.start).toBe(year.start);
        expect(quarters[3]?.end).toBe(year.end);
        for (let i = 1; i < 4; i++) expect(quarters[i]?.start).toBe(addDays(quarters[i - 1]?.end ?? "", 1));
        expect(fiscalYearRange(fy + 1, c).start).toBe(addDays(year.end, 1));
      }),
    );
  });
});
