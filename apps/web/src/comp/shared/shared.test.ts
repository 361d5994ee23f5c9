import { describe, expect, it } from "vitest";
import { addDecimalStrings, sumDecimalStrings } from "./decimal-sum";
import { formatRate } from "./format-rate";
import { defaultPeriodKey, formatPeriodKey, isPeriodKey, periodChoices } from "./period-keys";

const plain = (text: string) => text.replace(/[\u202f\u00a0]/g, " ");

describe("periodChoices", () => {
  it("today 2026-02-10, January year: Feb 26, Q1 2026, Jan 26, then 2025 (Dec 25, Q4 2025, …) newest first", () => {
    const keys = periodChoices("2026-02-10", 1);
    expect(keys.slice(0, 5)).toEqual(["2026-Q1", "2026-02", "2026-01", "2025-Q4", "2025-12"]);
    expect(keys).toHaveLength(14 + 5);
    expect(keys.at(-1)).toBe("2025-01");
  });
  it("April fiscal year: May 2026 is in Q1 of FY2027", () =>
    expect(periodChoices("2026-05-01", 4).slice(0, 3)).toEqual(["2027-Q1", "2026-05", "2026-04"]));
  it("keeps periods the server knows and drops malformed keys", () => {
    const keys = periodChoices("2026-01-05", 1, ["2024-Q3", "nope"]);
    expect(keys).toContain("2024-Q3");
    expect(keys).not.toContain("nope");
  });
});

describe("defaultPeriodKey", () => {
  it("the newest known period: [2026-Q3, 2026-Q4] → 2026-Q4", () =>
    expect(defaultPeriodKey(["2026-Q3", "2026-Q4"], "2026-11-22", 1)).toBe("2026-Q4"));
  it("nothing known, today 2026-11-22, January year → the last ended quarter 2026-Q3", () =>
    expect(defaultPeriodKey([], "2026-11-22", 1)).toBe("2026-Q3"));
  it("nothing known, today 2026-01-15, January year → 2025-Q4", () =>
    expect(defaultPeriodKey([], "2026-01-15", 1)).toBe("2025-Q4"));
  it("nothing known, today 2026-05-01, April year (May is FY2027 Q1) → 2026-Q4", () =>
    expect(defaultPeriodKey([], "2026-05-01", 4)).toBe("2026-Q4"));
});

describe("formatPeriodKey", () => {
  it("en month: 2026-10 → Oct 2026", () => expect(formatPeriodKey("2026-10", "en")).toBe("Oct 2026"));
  it("fr quarter: 2026-Q4 → T4 2026", () => expect(formatPeriodKey("2026-Q4", "fr")).toBe("T4 2026"));
  it("en year: 2026 → FY2026", () => expect(formatPeriodKey("2026", "en")).toBe("FY2026"));
  it("isPeriodKey accepts 2026-Q2, refuses 2026-13", () => {
    expect(isPeriodKey("2026-Q2")).toBe(true);
    expect(isPeriodKey("2026-13")).toBe(false);
  });
});

describe("decimal sums", () => {
  it("10.50 + -0.25 + 3 = 13.25", () => expect(sumDecimalStrings(["10.50", "-0.25", "3"])).toBe("13.25"));
  it("1000.00 + -125.50 = 874.50", () => expect(addDecimalStrings("1000.00", "-125.50")).toBe("874.50"));
  it("0.1 + 0.2 = 0.3 exactly", () => expect(addDecimalStrings("0.1", "0.2")).toBe("0.3"));
});

describe("formatRate", () => {
  it("en: 0.05 → 5%", () => expect(formatRate("0.05", "en")).toBe("5%"));
  it("en: 0.0125 → 1.25%", () => expect(formatRate("0.0125", "en")).toBe("1.25%"));
  it("fr: 1.5 → 150 %", () => expect(plain(formatRate("1.5", "fr"))).toBe("150 %"));
});
