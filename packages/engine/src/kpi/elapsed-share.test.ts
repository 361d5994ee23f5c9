import { describe, expect, it } from "vitest";
import { EngineInputError } from "../errors";
import { elapsedShare } from "./elapsed-share";

describe("elapsedShare: the share of [from, to) gone by the end of today", () => {
  it("Q4 2026 has 92 days: on its 46th day (Nov 15) 46 / 92 = 0.5; on Oct 1 1 / 92", () => {
    expect(elapsedShare("2026-10-01", "2027-01-01", "2026-11-15")).toBe("0.5");
    expect(elapsedShare("2026-10-01", "2027-01-01", "2026-10-01")).toBe("0.01086956521739130435");
  });

  it("before the period 0, on and after its last day 1", () => {
    expect(elapsedShare("2026-10-01", "2027-01-01", "2026-09-30")).toBe("0");
    expect(elapsedShare("2026-10-01", "2027-01-01", "2026-12-31")).toBe("1");
    expect(elapsedShare("2026-10-01", "2027-01-01", "2027-03-01")).toBe("1");
  });

  it("an empty period is an input error", () => {
    expect(() => elapsedShare("2026-10-01", "2026-10-01", "2026-10-01")).toThrow(EngineInputError);
  });
});
