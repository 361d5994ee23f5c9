import { describe, expect, it } from "vitest";
import { formatKpiValue } from "./format-kpi-value";

const nbsp = (text: string) => text.replace(/[\u202f\u00a0]/g, " ");

describe("formatKpiValue", () => {
  it("percent from its fraction: 0.2514 → 25.14% / 25,14 %", () => {
    expect(formatKpiValue("0.2514", "percent", "EUR", "en")).toBe("25.14%");
    expect(nbsp(formatKpiValue("0.2514", "percent", "EUR", "fr"))).toBe("25,14 %");
  });
  it("currency with two places: 1234.5 → €1,234.50", () =>
    expect(formatKpiValue("1234.5", "currency", "EUR", "en")).toBe("€1,234.50"));
  it("counts without places, per-person counts with two: 1468 → 1,468; 12.25 → 12.25", () => {
    expect(formatKpiValue("1468", "count", "EUR", "en")).toBe("1,468");
    expect(formatKpiValue("12.25", "count", "EUR", "en")).toBe("12.25");
  });
  it("score with one place: 3.5 → 3,5 (fr)", () =>
    expect(formatKpiValue("3.5", "score", "EUR", "fr")).toBe("3,5"));
  it("no value → —", () => expect(formatKpiValue(null, "percent", "EUR", "en")).toBe("—"));
});
