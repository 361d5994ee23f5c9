import { describe, expect, it } from "vitest";
import { formatDays, formatMultiple } from "./format-ratio";
import { flagDescription, flagTone, sortFlags } from "./risk-flags";

describe("sortFlags", () => {
  it("puts data errors before slipping deals before habits", () =>
    expect(
      sortFlags([
        { kind: "single_contact", message: "" },
        { kind: "stalled", message: "" },
        { kind: "negative_amount", message: "" },
        { kind: "no_next_step", message: "" },
      ]).map((f) => f.kind),
    ).toEqual(["negative_amount", "stalled", "no_next_step", "single_contact"]));
  it("does not change the array it is given", () => {
    const flags = [
      { kind: "pushed" as const, message: "" },
      { kind: "unknown_stage" as const, message: "" },
    ];
    sortFlags(flags);
    expect(flags[0]?.kind).toBe("pushed");
  });
});

describe("flag badges", () => {
  it("a negative amount is red, a stalled deal orange, a single contact grey", () => {
    expect(flagTone("negative_amount")).toBe("red");
    expect(flagTone("stalled")).toBe("orange");
    expect(flagTone("single_contact")).toBe("gray");
  });
  it("the description is the label then the server's message", () =>
    expect(
      flagDescription("Stalled", {
        kind: "stalled",
        message: "No stage change or activity for 41 days (limit 30)",
      }),
    ).toBe("Stalled: No stage change or activity for 41 days (limit 30)"));
  it("without a message the description is the label", () =>
    expect(flagDescription("Pushed", { kind: "pushed", message: " " })).toBe("Pushed"));
});

const plainSpaces = (text: string) => text.replace(/[\u202f\u00a0]/g, " ");

describe("formatMultiple", () => {
  it("en: 2.4567 → 2.5×", () => expect(formatMultiple("2.4567", "en")).toBe("2.5×"));
  it("fr: 3.2000 → 3,2×", () => expect(formatMultiple("3.2000", "fr")).toBe("3,2×"));
  it("en: 1234.5 → 1,234.5×", () => expect(formatMultiple("1234.5", "en")).toBe("1,234.5×"));
  it("null → —", () => expect(formatMultiple(null, "en")).toBe("—"));
});

describe("formatDays", () => {
  it("en: 12.25 → 12.3 (one decimal at most)", () => expect(formatDays("12.25", "en")).toBe("12.3"));
  it("fr: 1500 → 1 500", () => expect(plainSpaces(formatDays(1500, "fr"))).toBe("1 500"));
  it("null → —", () => expect(formatDays(null, "en")).toBe("—"));
});
