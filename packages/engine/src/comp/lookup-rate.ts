import { EngineInputError } from "../errors";
import { type Dec, toDec } from "../money/decimal";
import type { RateTable } from "./plan";

/** `row` is the 1-based matching row, or null when the table's default rate applied. */
export type RateLookup = { rate: Dec; row: number | null };

const parsedRates = new WeakMap<RateTable, { rows: Dec[]; defaultRate: Dec | null }>();

/**
 * The rate of the first row whose every key matches (`"*"` matches anything, a missing attribute matches only
 * `"*"`), else the table's default, else an EngineInputError naming `where` (payee, component, line).
 */
export function lookupRate(table: RateTable, attributes: Record<string, string>, where: string): RateLookup {
  let parsed = parsedRates.get(table);
  if (!parsed) {
    parsed = {
      rows: table.rows.map((row) => toDec(row.rate)),
      defaultRate: table.defaultRate === null ? null : toDec(table.defaultRate),
    };
    parsedRates.set(table, parsed);
  }
  for (let i = 0; i < table.rows.length; i++) {
    const match = (table.rows[i] as RateTable["rows"][number]).match;
    let ok = true;
    for (const key of table.keys) {
      const wanted = match[key] ?? "*";
      if (wanted !== "*" && attributes[key] !== wanted) {
        ok = false;
        break;
      }
    }
    if (ok) return { rate: parsed.rows[i] as Dec, row: i + 1 };
  }
  if (parsed.defaultRate !== null) return { rate: parsed.defaultRate, row: null };
  const seen = table.keys.map((key) => `${key}=${attributes[key] ?? "(none)"}`).join(", ");
  throw new EngineInputError(
    `${where}: no row of rate table '${table.name}' matches ${seen} and it has no default`,
    {
      table: table.name,
      attributes,
    },
  );
}
