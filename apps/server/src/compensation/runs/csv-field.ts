const needsQuotes = /[",\n\r]/;

/** One COPY CSV field: NULL as an empty unquoted field, text quoted when it must be, JSON always quoted. */
export function csvField(value: string | number | null): string {
  if (value === null) return "";
  if (typeof value === "number") return String(value);
  return needsQuotes.test(value) || value === "" ? `"${value.replaceAll('"', '""')}"` : value;
}

export function csvJson(value: unknown): string {
  return csvText(JSON.stringify(value ?? null));
}

/** Any text as one quoted CSV field (an empty string stays a string, not NULL). */
export function csvText(value: string): string {
  return `"${value.replaceAll('"', '""')}"`;
}
