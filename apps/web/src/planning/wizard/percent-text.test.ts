import { describe, expect, it } from "vitest";
import { fractionToPercent, percentToFraction } from "./percent-text";

describe("percent text", () => {
  it("1.1 → 110%", () => expect(fractionToPercent("1.1")).toBe("110"));
  it("1.10 → 110% (trailing zero dropped)", () => expect(fractionToPercent("1.10")).toBe("110"));
  it("0.083333 → 8.3333%", () => expect(fractionToPercent("0.083333")).toBe("8.3333"));
  it("0 → 0%", () => expect(fractionToPercent("0")).toBe("0"));
  it("110% → 1.1", () => expect(percentToFraction("110")).toBe("1.1"));
  it("8.5% → 0.085", () => expect(percentToFraction("8.5")).toBe("0.085"));
  it("0.5% → 0.005", () => expect(percentToFraction("0.5")).toBe("0.005"));
  it("100% → 1", () => expect(percentToFraction("100")).toBe("1"));
  it("round trip of 0.146 (December's weight) is exact", () =>
    expect(percentToFraction(fractionToPercent("0.146"))).toBe("0.146"));
});
