import Table from "cli-table3";

/** People get a table, scripts get JSON: every command prints through this. */
export function printRows(
  rows: Record<string, unknown>[],
  options: { json: boolean; columns?: string[] },
): void {
  if (options.json) {
    console.log(JSON.stringify(rows, null, 2));
    return;
  }
  if (rows.length === 0) {
    console.log("(nothing)");
    return;
  }
  const columns = options.columns ?? Object.keys(rows[0] ?? {});
  const table = new Table({ head: columns, style: { head: [], border: [] } });
  for (const row of rows) table.push(columns.map((column) => formatCell(row[column])));
  console.log(table.toString());
}

export function printObject(value: Record<string, unknown>, options: { json: boolean }): void {
  if (options.json) {
    console.log(JSON.stringify(value, null, 2));
    return;
  }
  const table = new Table({ style: { head: [], border: [] } });
  for (const [key, cell] of Object.entries(value)) table.push({ [key]: formatCell(cell) });
  console.log(table.toString());
}

function formatCell(value: unknown): string {
  if (value === null || value === undefined) return "";
  if (typeof value === "object") return JSON.stringify(value);
  return String(value);
}
