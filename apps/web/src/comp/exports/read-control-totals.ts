export type ControlTotal = { currency: string; total: string; rowCount: number };
export type ExportLayout = "generic" | "adp" | "sage" | "accrual";

/** Splits CSV text into rows of cells (RFC 4180: quoted cells, doubled quotes, CRLF or LF). */
export function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = "";
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const char = text[i];
    if (quoted) {
      if (char === '"' && text[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (char === '"') quoted = false;
      else cell += char;
    } else if (char === '"') quoted = true;
    else if (char === ",") {
      row.push(cell);
      cell = "";
    } else if (char === "\n" || char === "\r") {
      if (char === "\r" && text[i + 1] === "\n") i++;
      row.push(cell);
      rows.push(row);
      row = [];
      cell = "";
    } else cell += char;
  }
  if (cell !== "" || row.length > 0) rows.push([...row, cell]);
  return rows;
}

/** Where each layout's control-total row puts its marker, row count, amount and currency (docs/compensation-workflow.md). */
const layouts: Record<
  ExportLayout,
  { marker: [number, string]; rows: number; amount: number; currency: number }
> = {
  generic: { marker: [0, "CONTROL_TOTAL"], rows: 1, amount: 4, currency: 5 },
  adp: { marker: [2, "TOTAL"], rows: 3, amount: 5, currency: 6 },
  sage: { marker: [0, "TOTAL"], rows: 1, amount: 4, currency: 5 },
  // Accrual: the expense column (earned + adjustments).
  accrual: { marker: [0, "CONTROL_TOTAL"], rows: 3, amount: 7, currency: 4 },
};

/** The control-total rows of an export, one per currency: "CONTROL_TOTAL,12 rows,2026-Q3,,48210.55,EUR" → EUR 48210.55. */
export function readControlTotals(csv: string, layout: ExportLayout): ControlTotal[] {
  const spec = layouts[layout];
  return parseCsv(csv)
    .filter((cells) => cells[spec.marker[0]] === spec.marker[1])
    .map((cells) => ({
      currency: cells[spec.currency] ?? "",
      total: cells[spec.amount] ?? "",
      rowCount: Number.parseInt(cells[spec.rows] ?? "0", 10) || 0,
    }));
}
