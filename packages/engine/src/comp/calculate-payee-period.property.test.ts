import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { toDec } from "../money/decimal";
import { calculatePayeePeriod } from "./calculate-payee-period";
import { evaluateTiers } from "./evaluate-tiers";
import type { RoundingPolicy, TierTable } from "./plan";
import { credit, flatCommission, inputFor, monthsOf, planWith, tierTable } from "./test-fixtures";

const amount = fc.integer({ min: 1, max: 5_000_000 }).map((cents) => (cents / 100).toFixed(2));
const amounts = fc.array(amount, { minLength: 1, maxLength: 12 });
const rate = fc.integer({ min: 0, max: 2000 }).map((bp) => (bp / 10_000).toFixed(4));
const halfMode = fc.constantFrom("half_up" as const, "half_even" as const, "half_down" as const);
const apply = fc.constantFrom("line" as const, "component" as const, "payout" as const);

// An ascending table: bands at 0 < b1 < b2 with rates r0 ≤ r1 ≤ r2.
const ascendingTable = (method: TierTable["method"]) =>
  fc
    .tuple(
      fc.integer({ min: 1, max: 50_000 }),
      fc.integer({ min: 1, max: 50_000 }),
      fc.array(rate, { minLength: 3, maxLength: 3 }),
    )
    .map(([a, b, rates]) => {
      const [r0, r1, r2] = rates
        .map((r) => toDec(r))
        .sort((x, y) => x.comparedTo(y))
        .map((r) => r.toFixed(4));
      return tierTable("Asc", "amount", method, [
        ["0", String(a), r0 as string],
        [String(a), String(a + b), r1 as string],
        [String(a + b), null, r2 as string],
      ]);
    });

const creditsOf = (values: string[], month = "01") =>
  values.map((v, i) => credit(`c${month}-${i}`, `2025-${month}-${String((i % 28) + 1).padStart(2, "0")}`, v));

describe("calculatePayeePeriod properties", () => {
  it("earned = Σ earned lines; payable = Σ all lines (no draw); a re-run is identical", () => {
    fc.assert(
      fc.property(amounts, rate, halfMode, apply, (values, r, mode, where) => {
        const plan = planWith({ rounding: { mode, apply: where }, components: [flatCommission("C", r)] });
        const input = inputFor(plan, { credits: creditsOf(values) });
        const result = calculatePayeePeriod(input);
        const earnedLines = result.lines.filter((l) => l.component !== "payout");
        const sum = (lines: { amount: string }[]) => lines.reduce((s, l) => s.plus(l.amount), toDec("0"));
        expect(sum(earnedLines).eq(result.totals.earned)).toBe(true);
        expect(sum(result.lines).eq(result.totals.payable)).toBe(true);
        expect(calculatePayeePeriod(input)).toEqual(result);
      }),
    );
  });

  it("a period cap is never exceeded: earned ≤ cap", () => {
    fc.assert(
      fc.property(amounts, rate, amount, (values, r, cap) => {
        const plan = planWith({
          components: [flatCommission("C", r, { caps: { perPeriod: cap, perDeal: cap } })],
        });
        const result = calculatePayeePeriod(inputFor(plan, { credits: creditsOf(values) }));
        expect(toDec(result.totals.earned).lte(cap)).toBe(true);
      }),
    );
  });

  it("marginal ≤ retroactive on the same ascending table", () => {
    fc.assert(
      fc.property(ascendingTable("marginal"), amount, (table, value) => {
        const marginal = evaluateTiers(table, value, null).amount;
        const retroactive = evaluateTiers({ ...table, method: "retroactive" }, value, null).amount;
        expect(toDec(marginal).lte(retroactive)).toBe(true);
      }),
    );
  });

  it("rounding moves no line by more than half a minor unit (half_* modes)", () => {
    fc.assert(
      fc.property(amounts, rate, halfMode, apply, (values, r, mode, where) => {
        const rounding: RoundingPolicy = { mode, apply: where };
        const plan = planWith({
          rounding,
          components: [flatCommission("C", r), flatCommission("D", "0.0333")],
        });
        const result = calculatePayeePeriod(inputFor(plan, { credits: creditsOf(values) }));
        for (const line of result.lines.filter((l) => l.component !== "payout")) {
          expect(toDec(line.exact).minus(line.amount).abs().lte("0.005")).toBe(true);
        }
      }),
    );
  });

  it("cumulative marginal: Jan + Feb + Mar amounts = one evaluation of the quarter's total", () => {
    fc.assert(
      fc.property(ascendingTable("marginal"), amounts, amounts, amounts, (table, jan, feb, mar) => {
        const plan = planWith({
          tierTables: [table],
          rounding: { mode: "half_even", apply: "payout" },
          components: [
            flatCommission("C", "0", {
              rate: { kind: "tiers", table: "Asc" },
              evaluation: "cumulative",
              reset: "quarter",
            }),
          ],
        });
        const credits = [...creditsOf(jan, "01"), ...creditsOf(feb, "02"), ...creditsOf(mar, "03")];
        let paid = toDec("0");
        for (const period of monthsOf(2025).slice(0, 3)) {
          const result = calculatePayeePeriod(inputFor(plan, { period, credits }));
          for (const line of result.lines) if (line.kind === "commission") paid = paid.plus(line.exact);
        }
        const total = [...jan, ...feb, ...mar].reduce((s, v) => s.plus(v), toDec("0"));
        expect(paid.toFixed()).toBe(toDec(evaluateTiers(table, total.toFixed(), null).amount).toFixed());
      }),
    );
  });
});
