import { describe, expect, it } from "vitest";
import { PlanningInputError } from "../planning-input-error";
import { bookingsCapacity } from "./bookings-capacity";

describe("bookingsCapacity", () => {
  it("MetricKit: 7 ramped × 150,000 × 85% = 892,500; 3 ramping × 150,000 × 40% = 180,000; total 1,072,500", () => {
    expect(bookingsCapacity([{ count: 7, quota: "150000", attainment: "0.85" }])).toBe("892500.00");
    expect(bookingsCapacity([{ count: 3, quota: "150000", attainment: "1", ramp: "0.40" }])).toBe(
      "180000.00",
    );
    expect(
      bookingsCapacity([
        { count: 7, quota: "150000", attainment: "0.85" },
        { count: 3, quota: "150000", attainment: "1", ramp: "0.40" },
      ]),
    ).toBe("1072500.00");
  });

  it("MetricKit glossary: 10 × 150,000 × 85% × ramp factor 0.82 = 1,045,500", () => {
    expect(bookingsCapacity([{ count: 10, quota: "150000", attainment: "0.85", ramp: "0.82" }])).toBe(
      "1045500.00",
    );
  });

  it("rounds half-even to the places asked: 1 × 0.125 → 0.12 at 2 places; exact at 3", () => {
    expect(bookingsCapacity([{ count: 1, quota: "0.125", attainment: "1" }])).toBe("0.12");
    expect(bookingsCapacity([{ count: 1, quota: "0.125", attainment: "1" }], 3)).toBe("0.125");
    expect(bookingsCapacity([])).toBe("0.00");
  });

  it("rejects a fractional count, a negative quota and a ramp over 100%", () => {
    expect(() => bookingsCapacity([{ count: 1.5, quota: "-1", attainment: "1", ramp: "1.2" }])).toThrow(
      PlanningInputError,
    );
    try {
      bookingsCapacity([{ count: 1.5, quota: "-1", attainment: "1", ramp: "1.2" }]);
    } catch (error) {
      expect((error as PlanningInputError).issues.map((i) => i.code)).toEqual([
        "invalid",
        "negative_amount",
        "ramp_over_100",
      ]);
    }
  });
});
