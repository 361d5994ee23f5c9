import { describe, expect, it } from "vitest";
import { buildPayrollRows } from "./build-payroll-rows";

describe("buildPayrollRows", () => {
  it("groups by pay line: commission 120.05 + 79.95 − 29.25 = 170.75, bonus 100.00, adjustment 10.00; control 280.75", () => {
    const { rows, controls } = buildPayrollRows("2026-01", [
      {
        employeeId: "ana",
        employeeName: "Ana",
        currency: "EUR",
        lines: [
          { kind: "commission", amount: "120.05" },
          { kind: "commission", amount: "79.95" },
          { kind: "clawback", amount: "-29.25" },
          { kind: "bonus", amount: "100.00" },
        ],
        adjustments: [{ amount: "10.00", currency: "EUR" }],
      },
    ]);
    expect(rows.map((r) => [r.payLine, r.amount])).toEqual([
      ["commission", "170.75"],
      ["bonus", "100.00"],
      ["adjustment", "10.00"],
    ]);
    expect(controls).toEqual([{ periodKey: "2026-01", currency: "EUR", total: "280.75", rowCount: 3 }]);
  });

  it("puts the rounding residue on the largest line: 10.005 + 0.005 = 10.01 exact, rows 10.00 + 0.01 (not 10.01 + 0.01)", () => {
    const { rows } = buildPayrollRows("2026-01", [
      {
        employeeId: "x",
        employeeName: "X",
        currency: "EUR",
        lines: [
          { kind: "commission", amount: "10.005" },
          { kind: "spif", amount: "0.005" },
        ],
        adjustments: [],
      },
    ]);
    expect(rows.map((r) => [r.payLine, r.amount])).toEqual([
      ["commission", "10.00"],
      ["spif", "0.01"],
    ]);
  });

  it("rounds JPY to whole yen and leaves out zero rows", () => {
    const { rows, controls } = buildPayrollRows("2026-01", [
      {
        employeeId: "k",
        employeeName: "K",
        currency: "JPY",
        lines: [
          { kind: "commission", amount: "1234.5" },
          { kind: "holdback", amount: "0" },
        ],
        adjustments: [],
      },
    ]);
    expect(rows.map((r) => r.amount)).toEqual(["1235"]);
    expect(controls[0]?.total).toBe("1235");
  });
});
