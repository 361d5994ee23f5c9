import { addMonths } from "@attain/engine";

/** The sentinel month of a change that affects every month (people, segments). */
export const everyMonth = "0001-01-01";

/**
 * Stale months of one source as contiguous runs [from, toExclusive), so a refresh reads each stretch of rows once;
 * null when the sentinel says every month is stale.
 */
export function dirtyMonthRuns(months: readonly string[]): { from: string; toExclusive: string }[] | null {
  if (months.includes(everyMonth)) return null;
  const sorted = [...new Set(months)].sort();
  const runs: { from: string; toExclusive: string }[] = [];
  for (const month of sorted) {
    const last = runs.at(-1);
    if (last && last.toExclusive === month) last.toExclusive = addMonths(month, 1);
    else runs.push({ from: month, toExclusive: addMonths(month, 1) });
  }
  return runs;
}
