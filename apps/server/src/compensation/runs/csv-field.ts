const needsQuotes = /[",\n\r]/;

/** One COPY CSV field: NULL as an empty unquoted field, text quoted when it must be, JSON always quoted. */
export function csvField(value: string | number | null): string {
  if (value === null) return "";
  if (typeof value === "number") return String(value);
  return needsQuotes.test(value) || value === "" ? `"${value.replaceAll('"', '""')}"` : value;
}

export function csvJson(value: unknown): string {
  return `"${JSON.stringify(value ?? null).replaceAll('"', '""')}"`;
}
