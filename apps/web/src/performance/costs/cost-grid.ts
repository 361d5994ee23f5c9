import type { CostCategory, CostRow } from "../../api/performance-types";

/** A column of the cost grid: a category, optionally narrowed to a channel. */
export type CostColumn = { category: CostCategory; channel: string | null };

export const columnId = (column: CostColumn) => `${column.category}|${column.channel ?? ""}`;
export const cellId = (month: string, column: CostColumn) => `${month}|${columnId(column)}`;

/** The `count` months ending with `lastMonth` (YYYY-MM), oldest first. */
export function monthsEnding(lastMonth: string, count: number): string[] {
  const [year = 1970, month = 1] = lastMonth.split("-").map(Number);
  const months: string[] = [];
  for (let i = count - 1; i >= 0; i--) {
    const index = year * 12 + (month - 1) - i;
    months.push(`${Math.floor(index / 12)}-${String((index % 12) + 1).padStart(2, "0")}`);
  }
  return months;
}

/** Sales and marketing first, then every category/channel the stored rows use. */
export function costColumns(rows: readonly CostRow[]): CostColumn[] {
  const columns: CostColumn[] = [
    { category: "sales", channel: null },
    { category: "marketing", channel: null },
  ];
  const seen = new Set(columns.map(columnId));
  for (const row of rows) {
    const column = { category: row.category, channel: row.channel || null };
    if (!seen.has(columnId(column))) {
      seen.add(columnId(column));
      columns.push(column);
    }
  }
  return columns;
}

/** The rows to PUT: every filled cell, amounts as typed (exact decimal strings, a French comma read as a point). */
export function rowsFromCells(
  cells: Readonly<Record<string, string>>,
  months: readonly string[],
  columns: readonly CostColumn[],
  currency: string,
): CostRow[] {
  const rows: CostRow[] = [];
  for (const month of months) {
    for (const column of columns) {
      const text = (cells[cellId(month, column)] ?? "").trim().replace(",", ".");
      if (text === "") continue;
      rows.push({
        month,
        category: column.category,
        channel: column.channel,
        amount: text,
        currency,
        note: null,
      });
    }
  }
  return rows;
}

export const isAmount = (text: string) => /^\d+([.,]\d{1,2})?$/.test(text.trim());
