import { describe, expect, it } from "vitest";
import { normaliseKey } from "./normalise-key";
import { readCountry } from "./parse-country";
import { readDate, readMonth, readTimestamp } from "./parse-date";
import { readDecimal, readInteger } from "./parse-decimal";

const comma = { separator: undefined, delimiter: "," } as const;
const semicolon = { separator: undefined, delimiter: ";" } as const;

describe("readDecimal keeps amounts exact", () => {
  it.each([
    ["1234.56", comma, "1234.56"],
    ["1,234.56", comma, "1234.56"],
    ["1.234,56", comma, "1234.56"],
    ["1 234,56", semicolon, "1234.56"],
    ["1234,56", semicolon, "1234.56"],
    ["1,234", comma, "1234"],
    ["1,234", semicolon, "1.234"],
    ["1,234,567", semicolon, "1234567"],
    ["0.0", semicolon, "0.0"],
    ["(12.50)", comma, "-12.50"],
    ["€ 99,90", semicolon, "99.90"],
    ["-0.10", comma, "-0.10"],
    ["007", comma, "7"],
  ] as const)("%s → %s", (raw, context, expected) => {
    expect(readDecimal(raw, context)).toEqual({ ok: true, value: expected });
  });

  it("refuses text and misplaced separators", () => {
    expect(readDecimal("abc", comma)).toEqual({ ok: false, message: '"abc" is not a number' });
    expect(readDecimal("12,34,5", comma).ok).toBe(false);
    expect(readDecimal("1.2.3", { separator: ".", delimiter: "," }).ok).toBe(false);
  });

  it("follows an explicit decimal comma: 1.234 = 1234", () => {
    expect(readDecimal("1.234", { separator: ",", delimiter: "," })).toEqual({ ok: true, value: "1234" });
  });

  it("reads whole numbers within the integer range", () => {
    expect(readInteger("2,822", comma)).toEqual({ ok: true, value: 2822 });
    expect(readInteger("3.0", comma)).toEqual({ ok: true, value: 3 });
    expect(readInteger("3.5", comma).ok).toBe(false);
    expect(readInteger("99999999999", comma).ok).toBe(false);
  });
});

describe("readDate", () => {
  it.each([
    ["2019-04-03", undefined, "2019-04-03"],
    ["2018.02.26", undefined, "2018-02-26"],
    ["2018.02.26 19:58", undefined, "2018-02-26"],
    ["13/04/2019", undefined, "2019-04-13"],
    ["04/13/2019", undefined, "2019-04-13"],
    ["03/04/2019", "DD/MM/YYYY", "2019-04-03"],
    ["03/04/2019", "MM/DD/YYYY", "2019-03-04"],
    ["03/01/19", "DD/MM/YY", "2019-01-03"],
    ["5-7-2003", "MM-DD-YYYY", "2003-05-07"],
  ] as const)("%s (%s) → %s", (raw, format, expected) => {
    expect(readDate(raw, format)).toEqual({ ok: true, value: expected });
  });

  it("refuses an ambiguous day/month without a format, and impossible dates", () => {
    const ambiguous = readDate("03/04/2019", undefined);
    expect(ambiguous.ok).toBe(false);
    expect(ambiguous.ok ? "" : ambiguous.message).toContain("--date-format");
    expect(readDate("2019-02-30", undefined).ok).toBe(false);
    expect(readDate("yesterday", undefined).ok).toBe(false);
  });

  it("reads timestamps as UTC unless zoned, and months as their first day", () => {
    expect(readTimestamp("2018.02.26 19:58", undefined)).toEqual({ ok: true, value: "2018-02-26T19:58:00Z" });
    expect(readTimestamp("2026-01-02T03:04:05+0200", undefined)).toEqual({
      ok: true,
      value: "2026-01-02T03:04:05+02:00",
    });
    expect(readMonth("2026-03", undefined)).toEqual({ ok: true, value: "2026-03-01" });
    expect(readMonth("03/2026", undefined)).toEqual({ ok: true, value: "2026-03-01" });
    expect(readMonth("2026-03-17", undefined)).toEqual({ ok: true, value: "2026-03-01" });
  });
});

describe("names", () => {
  it("normalises headers: case, accents, spaces, underscores, punctuation", () => {
    expect(normaliseKey("Close_Value")).toBe("closevalue");
    expect(normaliseKey(" Référence client ")).toBe("referenceclient");
    expect(normaliseKey("business segment")).toBe(normaliseKey("business_segment"));
  });

  it("reads countries by ISO code, English or French name, and common variants", () => {
    expect(["United States", "us", "Allemagne", "Korea", "Philipines", "Kenya"].map(readCountry)).toEqual([
      "US",
      "US",
      "DE",
      "KR",
      "PH",
      "KE",
    ]);
    expect(readCountry("Atlantis")).toBeNull();
  });
});
