import { describe, expect, it } from "vitest";
import { costColumns, isAmount, monthsEnding, rowsFromCells } from "./cost-grid";

describe("cost grid", () => {
  it("12 months ending 2026-11 run from 2025-12 to 2026-11", () => {
    const months = monthsEnding("2026-11", 12);
    expect(months).toHaveLength(12);
    expect(months[0]).toBe("2025-12");
    expect(months[11]).toBe("2026-11");
  });
  it("3 months ending 2026-01 cross the year: 2025-11, 2025-12, 2026-01", () =>
    expect(monthsEnding("2026-01", 3)).toEqual(["2025-11", "2025-12", "2026-01"]));
  it("columns: sales, marketing, then stored channels once", () => {
    const row = { month: "2026-01", amount: "1", currency: "EUR", note: null } as const;
    const columns = costColumns([
      { ...row, category: "marketing", channel: "ads" },
      { ...row, category: "marketing", channel: "ads" },
      { ...row, category: "sales", channel: null },
    ]);
    expect(columns).toEqual([
      { category: "sales", channel: null },
      { category: "marketing", channel: null },
      { category: "marketing", channel: "ads" },
    ]);
  });
  it("only filled cells become rows, amounts kept exact: '1234,56' → '1234.56'", () => {
    const columns = costColumns([]);
    const rows = rowsFromCells(
      { "2026-01|sales|": "1234,56", "2026-01|marketing|": " " },
      ["2026-01"],
      columns,
      "EUR",
    );
    expect(rows).toEqual([
      { month: "2026-01", category: "sales", channel: null, amount: "1234.56", currency: "EUR", note: null },
    ]);
  });
  it("an amount has at most two places and no sign", () => {
    expect(isAmount("10.25")).toBe(true);
    expect(isAmount("10.255")).toBe(false);
    expect(isAmount("-3")).toBe(false);
  });
});
