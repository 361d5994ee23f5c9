import { describe, expect, it } from "vitest";
import type { StatementLine } from "../../api/comp-types";
import { groupStatementLines } from "./group-statement-lines";

const line = (id: string, component: string, amount: string): StatementLine => ({
  id,
  lineNo: Number(id),
  component,
  kind: "commission",
  transactionId: null,
  exact: amount,
  amount,
  trace: [],
});

describe("groupStatementLines", () => {
  it("Commission 100.10 + 0.20 = 100.30, Bonus 500.00, in first-appearance order", () => {
    const groups = groupStatementLines([
      line("1", "Commission", "100.10"),
      line("2", "Bonus", "500.00"),
      line("3", "Commission", "0.20"),
    ]);
    expect(groups.map((g) => [g.component, g.subtotal, g.lines.map((l) => l.id)])).toEqual([
      ["Commission", "100.30", ["1", "3"]],
      ["Bonus", "500.00", ["2"]],
    ]);
  });
  it("a clawback of -40.00 lowers its component: 100.00 − 40.00 = 60.00", () =>
    expect(groupStatementLines([line("1", "C", "100.00"), line("2", "C", "-40.00")])[0]?.subtotal).toBe(
      "60.00",
    ));
  it("no lines → no groups", () => expect(groupStatementLines([])).toEqual([]));
});
