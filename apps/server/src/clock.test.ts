import { describe, expect, it } from "vitest";
import { fixedClock } from "./clock";

describe("fixedClock", () => {
  it("pins today but lets time run on from noon UTC, so time windows still expire", () => {
    let elapsed = 0;
    const clock = fixedClock("2026-03-15", () => elapsed);
    expect(clock.now().toISOString()).toBe("2026-03-15T12:00:00.000Z");
    elapsed = 61_000;
    expect(clock.now().toISOString()).toBe("2026-03-15T12:01:01.000Z");
    expect(clock.today()).toBe("2026-03-15");
  });

  it("refuses a date that does not exist (2026-02-30) and one that is not a date", () => {
    expect(() => fixedClock("2026-02-30")).toThrow(/Invalid date/);
    expect(() => fixedClock("yesterday")).toThrow(/Invalid date/);
  });
});
