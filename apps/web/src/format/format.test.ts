import { describe, expect, it } from "vitest";
import { compareDecimalStrings, subtractDecimalStrings } from "./decimal-string";
import { formatCount } from "./format-count";
import { formatDate, formatMonth } from "./format-date";
import { formatMoney } from "./format-money";
import { formatAttainment } from "./format-percent";

// Intl separates French thousands with U+202F (narrow no-break space) and the € with U+00A0.
const plainSpaces = (text: string) => text.replace(/[\u202f\u00a0]/g, " ");

describe("formatMoney (from the decimal string, no float)", () => {
  it("en: 1234.56 EUR → €1,234.56", () => expect(formatMoney("1234.56", "EUR", "en")).toBe("€1,234.56"));
  it("fr: 1234.56 EUR → 1 234,56 €", () =>
    expect(plainSpaces(formatMoney("1234.56", "EUR", "fr"))).toBe("1 234,56 €"));
  it("en: -50.10 → -€50.10", () => expect(formatMoney("-50.10", "EUR", "en")).toBe("-€50.10"));
  it("keeps every cent of 90071992547409.93 (beyond float precision)", () =>
    expect(formatMoney("90071992547409.93", "EUR", "en")).toBe("€90,071,992,547,409.93"));
  it("en: 1000 USD → US$1,000.00", () => expect(formatMoney("1000.00", "USD", "en")).toBe("US$1,000.00"));
});

describe("formatAttainment", () => {
  it("en: 0.8734 → 87.3%", () => expect(formatAttainment("0.8734", "en")).toBe("87.3%"));
  it("fr: 0.8734 → 87,3 %", () => expect(plainSpaces(formatAttainment("0.8734", "fr"))).toBe("87,3 %"));
  it("en: 1.2500 → 125.0%", () => expect(formatAttainment("1.2500", "en")).toBe("125.0%"));
  it("null (no target) → —", () => expect(formatAttainment(null, "en")).toBe("—"));
});

describe("dates", () => {
  it("en: 2026-03-05 → 5 Mar 2026", () => expect(formatDate("2026-03-05", "en")).toBe("5 Mar 2026"));
  it("fr: 2026-03-05 → 5 mars 2026", () => expect(formatDate("2026-03-05", "fr")).toBe("5 mars 2026"));
  it("fr long month: 2026-02 → février 2026", () =>
    expect(formatMonth("2026-02", "fr", "long")).toBe("février 2026"));
  it("en axis month: 2026-02 → Feb 26", () => expect(formatMonth("2026-02", "en", "axis")).toBe("Feb 26"));
});

describe("compareDecimalStrings", () => {
  it("10.5 > 9.75", () => expect(compareDecimalStrings("10.5", "9.75")).toBe(1));
  it("-0.50 < 0.00", () => expect(compareDecimalStrings("-0.50", "0.00")).toBe(-1));
  it("1.20 = 1.2", () => expect(compareDecimalStrings("1.20", "1.2")).toBe(0));
  it("90071992547409.93 < 90071992547409.94 (one cent apart, beyond float precision)", () =>
    expect(compareDecimalStrings("90071992547409.93", "90071992547409.94")).toBe(-1));
});

describe("subtractDecimalStrings", () => {
  it("1000.00 − 1234.56 = -234.56", () =>
    expect(subtractDecimalStrings("1000.00", "1234.56")).toBe("-234.56"));
  it("2000.00 − 1999.99 = 0.01", () => expect(subtractDecimalStrings("2000.00", "1999.99")).toBe("0.01"));
  it("0.05 − 0.5 = -0.45", () => expect(subtractDecimalStrings("0.05", "0.5")).toBe("-0.45"));
  it("90071992547409.94 − 0.01 = 90071992547409.93 (beyond float precision)", () =>
    expect(subtractDecimalStrings("90071992547409.94", "0.01")).toBe("90071992547409.93"));
});

describe("formatCount", () => {
  it("en: 1468 → 1,468", () => expect(formatCount(1468, "en")).toBe("1,468"));
  it("fr: 1468 → 1 468", () => expect(plainSpaces(formatCount(1468, "fr"))).toBe("1 468"));
});
