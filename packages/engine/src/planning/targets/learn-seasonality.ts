import { tryParseMonth } from "../../calendar/civil-date";
import { type FiscalCalendar, fiscalYearOf } from "../../calendar/fiscal-year";
import { throwIfIssues } from "../planning-input-error";
import type { PlanningIssue, SeasonalityInput, SeasonalityResult } from "../types";
import { apportionUnits } from "./apportion-units";
import { checkDecimal } from "./check-decimal";
import { formatUnits, maxPlaces, pow10, ratioText, toUnits } from "./scaled-units";

/**
 * Seasonality learnt from monthly history: for each complete fiscal year (all 12 months present; a year with a
 * total of 0 says nothing and is skipped) each month's share of the year, then the average share of each fiscal
 * month over those years, every year counting the same whatever its size. The exact averages sum to 1; they are
 * rounded to `places` by largest remainder so the weights still sum to exactly 1. No usable year: even weights.
 */
export function learnSeasonality(input: SeasonalityInput): SeasonalityResult {
  const places = input.places ?? 6;
  throwIfIssues(checkInput(input, places));
  const amountPlaces = maxPlaces(input.history.map((h) => h.amount));
  const years = new Map<number, (bigint | undefined)[]>();
  for (const { month, amount } of input.history) {
    const fiscalYear = fiscalYearOf(`${month}-01`, input.calendar);
    const months = years.get(fiscalYear) ?? new Array<bigint | undefined>(12);
    const index = fiscalMonthIndex(month, input.calendar);
    months[index] = (months[index] ?? 0n) + toUnits(amount, amountPlaces);
    years.set(fiscalYear, months);
  }
  const trace: string[] = [];
  const used: { year: number; months: bigint[]; total: bigint }[] = [];
  for (const year of [...years.keys()].sort((a, b) => a - b)) {
    const months = years.get(year) ?? [];
    const present = months.filter((m) => m !== undefined).length;
    if (present < 12) {
      trace.push(`FY${year}: ${present} of 12 months in the history, incomplete, not used`);
      continue;
    }
    const full = months.map((m) => m ?? 0n);
    const total = full.reduce((sum, m) => sum + m, 0n);
    if (total === 0n) {
      trace.push(`FY${year}: total 0, no seasonal shape, not used`);
      continue;
    }
    trace.push(`FY${year}: total ${formatUnits(total, amountPlaces)}`);
    used.push({ year, months: full, total });
  }
  const one = pow10(places);
  if (used.length === 0) {
    const weights = apportionUnits(one, new Array(12).fill(1n)).map((w) => formatUnits(w, places));
    trace.push(`No complete fiscal year with sales: even weights 1/12 each, rounded to ${places} places`);
    return { weights, years: [], trace };
  }
  // Average of month ÷ year over the years, on the common denominator Π totals (exact).
  const common = used.reduce((product, y) => product * y.total, 1n);
  const exact = Array.from({ length: 12 }, (_, m) =>
    used.reduce((sum, y) => sum + (y.months[m] ?? 0n) * (common / y.total), 0n),
  );
  const denominator = common * BigInt(used.length);
  const rounded = apportionUnits(one, exact);
  const weights = rounded.map((w) => formatUnits(w, places));
  exact.forEach((numerator, m) => {
    trace.push(
      `fiscal month ${m + 1}: average share ${ratioText(numerator, denominator, places + 4)} over ${used.length} year(s) → ${weights[m]}`,
    );
  });
  trace.push(`Weights rounded to ${places} places by largest remainder, so they sum to exactly 1`);
  return { weights, years: used.map((y) => y.year), trace };
}

/** 0 for the first month of the fiscal year … 11 for the last. */
function fiscalMonthIndex(month: string, calendar: FiscalCalendar): number {
  const calendarMonth = Number(month.slice(5, 7));
  return (calendarMonth - calendar.startMonth + 12) % 12;
}

function checkInput(input: SeasonalityInput, places: number): PlanningIssue[] {
  const issues: PlanningIssue[] = [];
  const { startMonth, naming } = input.calendar ?? { startMonth: 0, naming: "" };
  if (
    !Number.isInteger(startMonth) ||
    startMonth < 1 ||
    startMonth > 12 ||
    !["start", "end"].includes(naming)
  )
    issues.push({
      code: "invalid",
      message: "The fiscal calendar needs a start month 1–12 and naming start or end",
      field: "calendar",
    });
  if (!Number.isInteger(places) || places < 0 || places > 12)
    issues.push({ code: "invalid", message: `places must be 0–12, got ${places}`, field: "places" });
  if (!Array.isArray(input.history))
    return [...issues, { code: "invalid", message: "history must be a list", field: "history" }];
  input.history.forEach((row, i) => {
    if (tryParseMonth(row.month) === null)
      issues.push({
        code: "bad_month",
        message: `history[${i}]: the month must be YYYY-MM, got ${JSON.stringify(row.month)}`,
        field: `history[${i}].month`,
      });
    const issue = checkDecimal(row.amount, `The amount of ${row.month}`, `history[${i}].amount`);
    if (issue) issues.push(issue);
  });
  return issues;
}
