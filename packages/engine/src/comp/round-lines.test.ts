import { describe, expect, it } from "vitest";
import { calculatePayeePeriod } from "./calculate-payee-period";
import type { RoundingPolicy } from "./plan";
import { credit, flatCommission, inputFor, planWith } from "./test-fixtures";

const credits = ["3.33", "3.33", "3.34"].map((b, i) => credit(`d${i}`, "2025-01-10", b));
const run = (rounding: RoundingPolicy, currency = "USD") =>
  calculatePayeePeriod(
    inputFor(planWith({ currency, rounding, components: [flatCommission("C", "0.10")] }), { credits }),
  );

describe("roundLines", () => {
  it("line, half_up: 0.333 → 0.33, 0.333 → 0.33, 0.334 → 0.33; earned 0.99", () => {
    const result = run({ mode: "half_up", apply: "line" });
    expect(result.lines.map((l) => [l.exact, l.amount])).toEqual([
      ["0.333", "0.33"],
      ["0.333", "0.33"],
      ["0.334", "0.33"],
    ]);
    expect(result.totals.earned).toBe("0.99");
  });

  it("component, half_up: 0.333 + 0.333 + 0.334 = 1.000 → 1.00, the last line carries the difference (0)", () => {
    const result = run({ mode: "half_up", apply: "component" });
    expect(result.lines.map((l) => l.amount)).toEqual(["0.333", "0.333", "0.334"]);
    expect(result.totals.earned).toBe("1.00");
  });

  it("payout, down, 1 place: 1.000 → 1.0; line mode ceiling: 0.34 × 3 = 1.02", () => {
    expect(run({ mode: "down", apply: "payout", places: 1 }).totals.earned).toBe("1.0");
    expect(run({ mode: "ceiling", apply: "line" }).totals.earned).toBe("1.02");
  });

  it("component rounding puts 1.2345 − 1.23 on the last line: 0.12345 → half_even 0.12", () => {
    const one = calculatePayeePeriod(
      inputFor(
        planWith({
          rounding: { mode: "half_even", apply: "component" },
          components: [flatCommission("C", "0.1")],
        }),
        {
          credits: [credit("x", "2025-01-02", "0.5"), credit("y", "2025-01-03", "0.7345")],
        },
      ),
    );
    expect(one.lines.map((l) => [l.exact, l.amount])).toEqual([
      ["0.05", "0.05"],
      ["0.07345", "0.07"],
    ]);
    expect(one.lines[1]?.trace.at(-1)?.detail).toBe(
      "component 'C' total 0.12345 → 0.12: -0.00345 on this line",
    );
  });

  it("JPY has no minor unit: 12,345 × 10% = 1,234.5 → half_up 1235", () => {
    const result = calculatePayeePeriod(
      inputFor(planWith({ currency: "JPY", components: [flatCommission("C", "0.10")] }), {
        credits: [credit("y", "2025-01-10", "12345")],
      }),
    );
    expect(result.totals.earned).toBe("1235");
  });
});
