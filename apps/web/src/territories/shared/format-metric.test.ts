import { describe, expect, it } from "vitest";
import { formatMetric } from "./format-metric";

describe("formatMetric", () => {
  it("potential as money to the cent: 1234567.891 → €1,234,567.89", () => {
    expect(formatMetric("potential", "max", 1234567.891, "EUR", "en")).toBe("€1,234,567.89");
  });
  it("workload to one decimal: 412.36 → 412.4", () =>
    expect(formatMetric("workload", "min", 412.36, "EUR", "en")).toBe("412.4"));
  it("Gini to three decimals, French comma: 0.04 → 0,040", () =>
    expect(formatMetric("potential", "gini", 0.04, "EUR", "fr")).toBe("0,040"));
  it("no value → a dash", () => expect(formatMetric("workload", "max", null, "EUR", "en")).toBe("—"));
});
