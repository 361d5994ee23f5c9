/**
 * A string search parameter as the router parsed it. The router JSON-parses values, so "2026" arrives as the number
 * 2026; both come back as "2026". Anything else (objects, empty strings) is absent.
 */
export function readSearchString(search: Record<string, unknown>, key: string): string | undefined {
  const value = search[key];
  if (typeof value === "number" && Number.isFinite(value)) return String(value);
  return typeof value === "string" && value !== "" ? value : undefined;
}

/** Merges changes into search params; undefined removes a key. */
export function withSearch(
  search: Record<string, unknown>,
  changes: Record<string, string | undefined>,
): Record<string, string> {
  const next: Record<string, string> = {};
  for (const key of Object.keys(search)) {
    const value = readSearchString(search, key);
    if (value !== undefined) next[key] = value;
  }
  for (const [key, value] of Object.entries(changes)) {
    if (value === undefined) delete next[key];
    else next[key] = value;
  }
  return next;
}
