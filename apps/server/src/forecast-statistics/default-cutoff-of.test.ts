import { describe, expect, it } from "vitest";
import { defaultCutoffOf } from "./default-cutoff-of";

describe("Default cut-off", () => {
  it("10 deals closed on days 01–10: the 9th date (index 8) leaves 8 before it and 2 on/after", () => {
    const dates = Array.from({ length: 10 }, (_, i) => `2026-01-${String(i + 1).padStart(2, "0")}`);
    expect(defaultCutoffOf(dates.reverse())).toBe("2026-01-09");
  });

  it("one date only: no split", () => {
    expect(defaultCutoffOf(["2026-01-01", "2026-01-01"])).toBeNull();
  });
});
