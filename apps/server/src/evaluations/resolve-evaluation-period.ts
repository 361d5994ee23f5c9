import {
  addDays,
  type FiscalCalendar,
  fiscalQuarterRange,
  fiscalYearRange,
  lastDayOfMonth,
} from "@attain/engine";
import type { EvaluationCadence } from "@attain/db";

export type EvaluationPeriod = {
  key: string;
  /** First day of the period. */
  start: string;
  /** Last day of the period (the manager on this day evaluates). */
  lastDay: string;
  /** First day after the period (`evaluations.period_end`). */
  end: string;
};

const patterns: Record<EvaluationCadence, { pattern: RegExp; example: string }> = {
  monthly: { pattern: /^(\d{4})-(0[1-9]|1[0-2])$/, example: "2026-11" },
  quarterly: { pattern: /^(\d{4})-Q([1-4])$/, example: "2026-Q3" },
  half_year: { pattern: /^(\d{4})-H([12])$/, example: "2026-H2" },
  year: { pattern: /^(\d{4})$/, example: "2026" },
};

/**
 * A period key of the template's cadence, in the workspace's fiscal calendar (quarters, halves and years are fiscal;
 * months are calendar months), or a message saying what was expected.
 */
export function resolveEvaluationPeriod(
  key: string,
  cadence: EvaluationCadence,
  calendar: FiscalCalendar,
): EvaluationPeriod | { error: string } {
  const { pattern, example } = patterns[cadence];
  const match = pattern.exec(key);
  if (!match || key.startsWith("0000"))
    return { error: `A ${cadence.replace("_", "-")} template takes periods like ${example}` };
  const year = Number(match[1]);
  const part = Number(match[2]);
  let range: { start: string; end: string };
  if (cadence === "monthly") range = { start: `${key}-01`, end: lastDayOfMonth(key) };
  else if (cadence === "quarterly") range = fiscalQuarterRange(year, part, calendar);
  else if (cadence === "half_year")
    range = {
      start: fiscalQuarterRange(year, part * 2 - 1, calendar).start,
      end: fiscalQuarterRange(year, part * 2, calendar).end,
    };
  else range = fiscalYearRange(year, calendar);
  return { key, start: range.start, lastDay: range.end, end: addDays(range.end, 1) };
}
