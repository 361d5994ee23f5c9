import { describe, expect, it } from "vitest";
import { formatInstant } from "../shared/format-instant";
import { formatMetric } from "./format-metric";

describe("formatMetric", () => {
  it("en: AUC 0.81234 → 0.812", () => expect(formatMetric("0.81234", "en")).toBe("0.812"));
  it("fr: Brier 0.1456 → 0,146 (rounded half away, three decimals)", () =>
    expect(formatMetric("0.1456", "fr")).toBe("0,146"));
  it("sMAPE 12.3 with two decimals → 12.30; null → —", () => {
    expect(formatMetric("12.3", "en", 2)).toBe("12.30");
    expect(formatMetric(null, "en")).toBe("—");
  });
});

describe("formatInstant", () => {
  it("2026-11-20T10:05:00Z in UTC → 20 Nov 2026, 10:05", () =>
    expect(formatInstant("2026-11-20T10:05:00Z", "en", "UTC")).toBe("20 Nov 2026, 10:05"));
  it("not an instant → shown as given", () => expect(formatInstant("soon", "en")).toBe("soon"));
});
