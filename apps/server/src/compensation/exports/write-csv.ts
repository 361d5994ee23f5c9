/** A CSV cell: text (neutralised against formula injection) or a decimal amount (written as is). */
export type CsvCell = string | { amount: string };

const formulaStart = /^[=+\-@\t\r]/;

/** A text cell that a spreadsheet would run as a formula (= + - @, tab, CR first) gets a leading apostrophe. */
export function neutraliseCell(text: string): string {
  return formulaStart.test(text) ? `'${text}` : text;
}

const quote = (text: string) => (/[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text);

/**
 * RFC 4180 CSV: comma-separated, CRLF after every row, quotes where needed. Text cells are neutralised; amount cells
 * (decimal strings, possibly negative) are written unchanged so spreadsheets and payroll read them as numbers.
 */
export function writeCsv(rows: readonly (readonly CsvCell[])[]): string {
  return rows
    .map((row) =>
      row.map((cell) => (typeof cell === "string" ? quote(neutraliseCell(cell)) : cell.amount)).join(","),
    )
    .map((line) => `${line}\r\n`)
    .join("");
}
