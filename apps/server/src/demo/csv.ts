/** CSV for PostgreSQL COPY (FORMAT csv): an empty unquoted field is NULL, so empty strings are written as "". */

export type CsvValue = string | number | boolean | null | undefined | object;

const needsQuotes = /[",\n\r]/;

export function csvField(value: CsvValue): string {
  if (value === null || value === undefined) return "";
  if (typeof value === "number" || typeof value === "boolean") return String(value);
  // jsonb columns (qualification checklists, stage criteria): JSON text, always quoted (it contains commas and quotes).
  if (typeof value === "object") return `"${JSON.stringify(value).replaceAll('"', '""')}"`;
  if (value === "") return '""';
  return needsQuotes.test(value) ? `"${value.replaceAll('"', '""')}"` : value;
}

/** One CSV line per row (no header): `prefix` (already CSV, e.g. the workspace id) then `keys` taken from each row in order. */
export function toCsv(rows: readonly unknown[], keys: readonly PropertyKey[], prefix?: string): string {
  let out = "";
  for (const row of rows) {
    let line = prefix === undefined ? "" : prefix;
    for (let i = 0; i < keys.length; i++) {
      if (i > 0 || prefix !== undefined) line += ",";
      line += csvField((row as Record<PropertyKey, CsvValue>)[keys[i]!]);
    }
    out += `${line}\n`;
  }
  return out;
}
