import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  addDays,
  addMonths,
  daysBetween,
  firstDayOfMonth,
  isValidDate,
  isValidMonth,
  lastDayOfMonth,
  monthOf,
  monthsInRange,
  shiftMonth,
} from "./dates";

describe("isValidDate", () => {
  it.each(["2024-02-29", "2000-02-29", "0001-01-01", "9999-12-31", "2023-04-30"])("%s is valid", (d) => {
    expect(isValidDate(d)).toBe(true);
  });
  it.each([
    "2023-02-29",
    "1900-02-29",
    "2024-13-01",
    "2024-00-10",
    "2024-04-31",
    "2024-2-1",
    "0000-01-01",
    "20240101",
    "2024-01-01T00:00",
    "",
  ])("%j is not", (d) => {
    expect(isValidDate(d)).toBe(false);
  });
  it("months: 2024-12 yes, 2024-13 and 2024-1 no", () => {
    expect(isValidMonth("2024-12")).toBe(true);
    expect(isValidMonth("2024-13")).toBe(false);
    expect(isValidMonth("2024-1")).toBe(false);
  });
});

describe("addMonths clamps the day to the month's end", () => {
  it.each([
    ["2024-01-31", 1, "2024-02-29"],
    ["2023-01-31", 1, "2023-02-28"],
    ["2024-03-31", -1, "2024-02-29"],
    ["2024-02-29", 12, "2025-02-28"],
    ["2024-11-15", 3, "2025-02-15"],
    ["2024-01-15", -13, "2022-12-15"],
    ["2024-05-31", 0, "2024-05-31"],
    ["2024-08-31", 1, "2024-09-30"],
  ])("%s + %i months = %s", (date, n, expected) => {
    expect(addMonths(date, n)).toBe(expected);
  });
  it("rejects a bad date or a fractional count", () => {
    expect(() => addMonths("2024-02-30", 1)).toThrow(/Not a valid date/);
    expect(() => addMonths("2024-02-01", 1.5)).toThrow(/integer/);
  });
});

describe("days", () => {
  it.each([
    ["2024-02-01", "2024-03-01", 29],
    ["2023-02-01", "2023-03-01", 28],
    ["2024-01-01", "2025-01-01", 366],
    ["2025-01-01", "2024-01-01", -366],
    ["1970-01-01", "2000-01-01", 10957],
    ["2024-06-30", "2024-06-30", 0],
  ])("%s → %s = %i days", (from, to, days) => {
    expect(daysBetween(from, to)).toBe(days);
  });
  it.each([
    ["2024-02-28", 1, "2024-02-29"],
    ["2023-12-31", 1, "2024-01-01"],
    ["2024-03-01", -1, "2024-02-29"],
    ["2023-03-01", -1, "2023-02-28"],
  ])("%s + %i day = %s", (date, n, expected) => {
    expect(addDays(date, n)).toBe(expected);
  });
});

describe("months", () => {
  it("monthOf, first and last day (leap and century years)", () => {
    expect(monthOf("2024-03-15")).toBe("2024-03");
    expect(firstDayOfMonth("2024-02-17")).toBe("2024-02-01");
    expect(firstDayOfMonth("2024-02")).toBe("2024-02-01");
    expect(lastDayOfMonth("2024-02")).toBe("2024-02-29");
    expect(lastDayOfMonth("1900-02-10")).toBe("1900-02-28");
    expect(lastDayOfMonth("2000-02-10")).toBe("2000-02-29");
    expect(lastDayOfMonth("2024-04-05")).toBe("2024-04-30");
  });
  it("monthsInRange 2024-11..2025-02 = 4 months; one month; reversed = none", () => {
    expect(monthsInRange("2024-11", "2025-02")).toEqual(["2024-11", "2024-12", "2025-01", "2025-02"]);
    expect(monthsInRange("2024-05", "2024-05")).toEqual(["2024-05"]);
    expect(monthsInRange("2024-05", "2024-04")).toEqual([]);
  });
  it("shiftMonth 2024-11 + 3 = 2025-02; 2024-01 - 1 = 2023-12", () => {
    expect(shiftMonth("2024-11", 3)).toBe("2025-02");
    expect(shiftMonth("2024-01", -1)).toBe("2023-12");
  });
});

const arbDate = fc
  .tuple(fc.integer({ min: 11, max: 9988 }), fc.integer({ min: 1, max: 12 }), fc.integer({ min: 1, max: 31 }))
  .map(
    ([y, m, d]) =>
      `${String(y).padStart(4, "0")}-${String(m).padStart(2, "0")}-${String(d).padStart(2, "0")}`,
  )
  .filter(isValidDate);

describe("date properties", () => {
  it("day counting agrees with the platform's UTC calendar", () => {
    fc.assert(
      fc.property(arbDate, (date) => {
        const [y, m, d] = date.split("-").map(Number) as [number, number, number];
        const utc = new Date(0);
        utc.setUTCFullYear(y, m - 1, d);
        expect(daysBetween("1970-01-01", date)).toBe(Math.round(utc.getTime() / 86_400_000));
      }),
    );
  });

  it("addDays(a, daysBetween(a, b)) = b", () => {
    fc.assert(
      fc.property(arbDate, arbDate, (a, b) => {
        expect(addDays(a, daysBetween(a, b))).toBe(b);
      }),
    );
  });

  it("addMonths lands in the shifted month, never on a later day", () => {
    fc.assert(
      fc.property(arbDate, fc.integer({ min: -120, max: 120 }), (date, n) => {
        const result = addMonths(date, n);
        expect(monthOf(result)).toBe(shiftMonth(monthOf(date), n));
        expect(Number(result.slice(8))).toBeLessThanOrEqual(Number(date.slice(8)));
      }),
    );
  });
});
