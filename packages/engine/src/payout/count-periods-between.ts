import { EngineInputError } from "../errors";

// Month "2025-01", quarter "2025-Q1" (fiscal labels are consecutive, so they count the same way) or year "2025".
const PATTERNS: { kind: string; re: RegExp; perYear: number }[] = [
  { kind: "month", re: /^(\d{4})-(0[1-9]|1[0-2])$/, perYear: 12 },
  { kind: "quarter", re: /^(\d{4})-Q([1-4])$/, perYear: 4 },
  { kind: "year", re: /^(\d{4})$/, perYear: 1 },
];

function periodIndex(key: string): { kind: string; index: number } {
  for (const { kind, re, perYear } of PATTERNS) {
    const match = typeof key === "string" ? re.exec(key) : null;
    if (match)
      return { kind, index: Number(match[1]) * perYear + (perYear === 1 ? 0 : Number(match[2]) - 1) };
  }
  throw new EngineInputError(`Not a period key (YYYY-MM, YYYY-Qn or YYYY): ${JSON.stringify(key)}`, key);
}

/**
 * How many periods `to` is after `from` (negative when earlier): ("2024-11", "2025-02") → 3,
 * ("2024-Q4", "2025-Q1") → 1. Each key becomes year × periods-per-year + position in the year; both must be
 * of the same kind.
 */
export function countPeriodsBetween(from: string, to: string): number {
  const a = periodIndex(from);
  const b = periodIndex(to);
  if (a.kind !== b.kind) {
    throw new EngineInputError(
      `Cannot count periods between a ${a.kind} (${from}) and a ${b.kind} (${to})`,
      to,
    );
  }
  return b.index - a.index;
}
