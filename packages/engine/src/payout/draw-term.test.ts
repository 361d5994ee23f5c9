import { describe, expect, it } from "vitest";
import { drawTermOf } from "./draw-term";

const period = (key: string, start: string, end: string) => ({ key, start, end });

describe("drawTermOf: active while start ≤ until, forgiven in the first period starting after it", () => {
  it("monthly, until 2025-06-15: June (starts 06-01) active, July forgives, August after", () => {
    expect([
      drawTermOf("2025-06-15", period("2025-06", "2025-06-01", "2025-06-30")),
      drawTermOf("2025-06-15", period("2025-07", "2025-07-01", "2025-07-31")),
      drawTermOf("2025-06-15", period("2025-08", "2025-08-01", "2025-08-31")),
    ]).toEqual(["active", "first_after", "after"]);
  });

  it("until the day before a period (2025-06-30): July forgives (its previous month starts 06-01 ≤ 06-30)", () => {
    expect(drawTermOf("2025-06-30", period("2025-07", "2025-07-01", "2025-07-31"))).toBe("first_after");
  });

  it("until on a period's first day (2025-07-01): July active, August forgives", () => {
    expect([
      drawTermOf("2025-07-01", period("2025-07", "2025-07-01", "2025-07-31")),
      drawTermOf("2025-07-01", period("2025-08", "2025-08-01", "2025-08-31")),
    ]).toEqual(["active", "first_after"]);
  });

  it("quarterly, until 2025-05-10: Q2 (Apr–Jun) active, Q3 (previous starts 04-01 ≤ 05-10) forgives, Q4 after", () => {
    expect([
      drawTermOf("2025-05-10", period("2025-Q2", "2025-04-01", "2025-06-30")),
      drawTermOf("2025-05-10", period("2025-Q3", "2025-07-01", "2025-09-30")),
      drawTermOf("2025-05-10", period("2025-Q4", "2025-10-01", "2025-12-31")),
    ]).toEqual(["active", "first_after", "after"]);
  });

  it("fiscal quarter across a year end (Nov–Jan), until 2025-09-15: Aug–Oct active, Nov–Jan forgives", () => {
    expect([
      drawTermOf("2025-09-15", period("2026-Q2", "2025-08-01", "2025-10-31")),
      drawTermOf("2025-09-15", period("2026-Q3", "2025-11-01", "2026-01-31")),
    ]).toEqual(["active", "first_after"]);
  });

  it("yearly, until 2024-12-31: 2025 forgives, 2026 after", () => {
    expect([
      drawTermOf("2024-12-31", period("2025", "2025-01-01", "2025-12-31")),
      drawTermOf("2024-12-31", period("2026", "2026-01-01", "2026-12-31")),
    ]).toEqual(["first_after", "after"]);
  });

  it("a period not made of whole months is refused rather than guessed", () => {
    expect(() => drawTermOf("2025-06-15", period("x", "2025-07-05", "2025-08-04"))).toThrow(
      /whole calendar months/,
    );
  });
});
