import type { EvaluationCadence } from "../../api/performance-types";
import { addMonths, fiscalYearName, fiscalYearStart } from "../../revenue/fiscal-periods";

/**
 * The keys of the latest `count` evaluation periods of a cadence, newest first, in the API's period format:
 * months `2026-11`, fiscal quarters `2026-Q4`, halves `2026-H2`, years `2026` (a fiscal year is named after the
 * calendar year it ends in).
 */
export function recentPeriodKeys(
  cadence: EvaluationCadence,
  today: string,
  fiscalStartMonth: number,
  count: number,
): string[] {
  const month = today.slice(0, 7);
  if (cadence === "monthly") return Array.from({ length: count }, (_, i) => addMonths(month, -i));
  const size = cadence === "quarterly" ? 3 : cadence === "half_year" ? 6 : 12;
  const keys: string[] = [];
  for (let i = 0; i < count; i++) {
    const someMonth = addMonths(month, -i * size);
    const fyStart = fiscalYearStart(`${someMonth}-01`, fiscalStartMonth);
    const name = fiscalYearName(fyStart);
    const [y = 0, m = 1] = someMonth.split("-").map(Number);
    const [sy = 0, sm = 1] = fyStart.split("-").map(Number);
    const offset = y * 12 + m - (sy * 12 + sm);
    const n = Math.floor(offset / size) + 1;
    keys.push(
      cadence === "quarterly" ? `${name}-Q${n}` : cadence === "half_year" ? `${name}-H${n}` : String(name),
    );
  }
  return keys;
}
