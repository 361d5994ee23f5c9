import { describe, expect, it } from "vitest";
import { formatHeads, formatPlanAmount, formatShare } from "./format-plan-amount";

const plain = (text: string) => text.replace(/[\u202f\u00a0]/g, " ");

describe("formatPlanAmount", () => {
  it("en: 125000.00 → 125,000", () => expect(formatPlanAmount("125000.00", "en")).toBe("125,000"));
  it("fr: 125000.00 → 125 000", () => expect(plain(formatPlanAmount("125000.00", "fr"))).toBe("125 000"));
  it("en: 1234.50 → 1,234.50 (cents kept as two places)", () =>
    expect(formatPlanAmount("1234.50", "en")).toBe("1,234.50"));
  it("fr: 1234.05 → 1 234,05", () => expect(plain(formatPlanAmount("1234.05", "fr"))).toBe("1 234,05"));
  it("en: -2500 → -2,500", () => expect(formatPlanAmount("-2500", "en")).toBe("-2,500"));
  it("keeps 90071992547409.93 exactly", () =>
    expect(formatPlanAmount("90071992547409.93", "en")).toBe("90,071,992,547,409.93"));
});

describe("formatShare", () => {
  it("1.1 → 110%", () => expect(formatShare("1.1", "en")).toBe("110%"));
  it("0.6842 → 68.4%", () => expect(formatShare("0.6842", "en")).toBe("68.4%"));
  it("fr: 0.7 → 70 %", () => expect(plain(formatShare(0.7, "fr"))).toBe("70 %"));
  it("null → —", () => expect(formatShare(null, "en")).toBe("—"));
});

describe("formatHeads", () => {
  it("56.3409 → 56.3", () => expect(formatHeads("56.3409", "en")).toBe("56.3"));
  it("49.0000 → 49", () => expect(formatHeads("49.0000", "en")).toBe("49"));
  it("fr: 20.4430 → 20,4", () => expect(formatHeads("20.4430", "fr")).toBe("20,4"));
});
