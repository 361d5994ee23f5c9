import { describe, expect, it } from "vitest";
import { formatKpiChange, formatKpiValue, shiftDecimal } from "./format-kpi-value";

const plain = (text: string) => text.replace(/[\u202f\u00a0]/g, " ");

describe("formatKpiValue by unit", () => {
  it("currency en: 1234.50 EUR → €1,234.50", () =>
    expect(formatKpiValue("1234.50", "currency", "EUR", "en")).toBe("€1,234.50"));
  it("currency fr: 1234.50 EUR → 1 234,50 €", () =>
    expect(plain(formatKpiValue("1234.50", "currency", "EUR", "fr"))).toBe("1 234,50 €"));
  it("percent from a fraction: 0.2514 → 25.14%", () =>
    expect(formatKpiValue("0.2514", "percent", "EUR", "en")).toBe("25.14%"));
  it("percent fr: 0.2500 → 25,0 %", () =>
    expect(plain(formatKpiValue("0.2500", "percent", "EUR", "fr"))).toBe("25,0 %"));
  it("ratio: 3.2500 → 3.25×", () => expect(formatKpiValue("3.2500", "ratio", "EUR", "en")).toBe("3.25×"));
  it("days en/fr: 42.5 → 42.5 days / 42,5 jours", () => {
    expect(formatKpiValue("42.5", "days", "EUR", "en")).toBe("42.5 days");
    expect(plain(formatKpiValue("42.5", "days", "EUR", "fr"))).toBe("42,5 jours");
  });
  it("count: 1468 → 1,468 (en), 1 468 (fr); per-person 12.25 keeps 2 places", () => {
    expect(formatKpiValue("1468", "count", "EUR", "en")).toBe("1,468");
    expect(plain(formatKpiValue("1468", "count", "EUR", "fr"))).toBe("1 468");
    expect(formatKpiValue("12.25", "count", "EUR", "en")).toBe("12.25");
  });
  it("score: 4.2 → 4.2", () => expect(formatKpiValue("4.2", "score", "EUR", "en")).toBe("4.2"));
  it("null → —", () => expect(formatKpiValue(null, "currency", "EUR", "en")).toBe("—"));
  it("keeps every cent beyond float precision: 90071992547409.93", () =>
    expect(formatKpiValue("90071992547409.93", "currency", "EUR", "en")).toBe("€90,071,992,547,409.93"));
});

describe("formatKpiChange", () => {
  it("currency +1200.00 → +€1,200.00; -50.10 → −€50.10", () => {
    expect(formatKpiChange("1200.00", "currency", "EUR", "en")).toBe("+€1,200.00");
    expect(formatKpiChange("-50.10", "currency", "EUR", "en")).toBe("−€50.10");
  });
  it("percent change 0.0125 is +1.25 pts; -0.0300 is −3.0 pts", () => {
    expect(formatKpiChange("0.0125", "percent", "EUR", "en")).toBe("+1.25 pts");
    expect(formatKpiChange("-0.0300", "percent", "EUR", "en")).toBe("−3.0 pts");
  });
  it("zero has no sign", () => expect(formatKpiChange("0", "count", "EUR", "en")).toBe("0"));
  it("shiftDecimal: 0.0125 → 1.25, 0.5 → 50, 12.3456 → 1234.56", () => {
    expect(shiftDecimal("0.0125", 2)).toBe("1.25");
    expect(shiftDecimal("0.5", 2)).toBe("50");
    expect(shiftDecimal("12.3456", 2)).toBe("1234.56");
  });
});
