import { parse } from "csv-parse/sync";
import type { CsvError } from "./csv-error";

export type CsvRecord = { row: number; values: Record<string, string> };

/**
 * Parses a small CSV file (header row, comma-separated, UTF-8, optional BOM) into records keyed by column name,
 * trimmed. Fails with the row and column of the first syntax error, a missing required column, or a duplicate one.
 */
export function readCsvTable(
  text: string,
  file: string,
  required: readonly string[],
): { ok: true; header: string[]; records: CsvRecord[] } | { ok: false; errors: CsvError[] } {
  let rows: string[][];
  try {
    rows = parse(text, { bom: true, relax_column_count: false, skip_empty_lines: true, trim: true });
  } catch (error) {
    const e = error as { message: string; lines?: number };
    return { ok: false, errors: [{ file, row: e.lines ?? 1, column: "", message: e.message }] };
  }
  const header = rows[0] ?? [];
  const errors: CsvError[] = [];
  header.forEach((column, i) => {
    if (header.indexOf(column) !== i)
      errors.push({ file, row: 1, column, message: `column ${column} appears twice` });
  });
  for (const column of required) {
    if (!header.includes(column)) errors.push({ file, row: 1, column, message: `missing column ${column}` });
  }
  if (errors.length > 0) return { ok: false, errors };
  const records = rows.slice(1).map((cells, i) => ({
    row: i + 2,
    values: Object.fromEntries(header.map((column, c) => [column, cells[c] ?? ""])),
  }));
  return { ok: true, header, records };
}
