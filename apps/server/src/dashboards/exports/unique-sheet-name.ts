const MAX_SHEET_NAME = 31;

/**
 * A worksheet name Excel accepts: without `[ ] : * ? / \`, not starting or ending with an apostrophe, at most 31
 * characters, and unique (case-insensitively) among `used` — which it joins.
 */
export function uniqueSheetName(wanted: string, used: Set<string>): string {
  const clean =
    wanted
      .replace(/[[\]:*?/\\]/g, " ")
      .replace(/^'+|'+$/g, "")
      .trim() || "Sheet";
  for (let n = 1; ; n++) {
    const suffix = n === 1 ? "" : ` (${n})`;
    const name = `${clean.slice(0, MAX_SHEET_NAME - suffix.length).trimEnd()}${suffix}`;
    if (!used.has(name.toLowerCase())) {
      used.add(name.toLowerCase());
      return name;
    }
  }
}
