import { describe, expect, it } from "vitest";
import type { MonthlyActual } from "./load-monthly-actuals";
import { measureRatios } from "./measure-ratios";

const row = (personId: string | null, amount: string, bookings: string): MonthlyActual => ({
  personId,
  month: "2027-01",
  amount,
  bookings,
});

describe("measureRatios: an open deal's amount in the planned measure", () => {
  const actuals = [
    row("ana", "100000.00", "300000.00"),
    row("ana", "50000.00", "0.00"),
    row("ben", "0.00", "0.00"),
    row(null, "50000.00", "100000.00"),
  ];

  it("the person's ratio, multiplied before dividing: 100,000 × 150,000 ÷ 300,000 = 50,000.00; 10,000 × ½ = 5,000.00; 1 × ½ = 0.50", () => {
    const toMeasure = measureRatios("margin", actuals);
    expect(toMeasure("ana", "100000.00")).toBe("50000.00");
    expect(toMeasure("ana", "1")).toBe("0.50");
  });

  it("no bookings of their own (Ben, or someone absent): the company's 200,000 ÷ 400,000; 33,333.33 → 16,666.67 (half up)", () => {
    const toMeasure = measureRatios("arr", actuals);
    expect(toMeasure("ben", "33333.33")).toBe("16666.67");
    expect(toMeasure("newcomer", "1000.00")).toBe("500.00");
  });

  it("0 when the company booked nothing either; bookings stay as they are", () => {
    expect(measureRatios("margin", [row("ben", "10.00", "0.00")])("ben", "1000.00")).toBe("0.00");
    expect(measureRatios("bookings", [])("ben", "1234.56")).toBe("1234.56");
  });
});
