import {
  addMonths,
  type CalcPeriod,
  compareAmounts,
  currencyMinorUnits,
  EngineInputError,
  type FiscalCalendar,
  type PeriodKind,
  periodQuotas,
  type QuotaResult,
  roundAmount,
  sumAmounts,
} from "@attain/engine";
import { convertQuotaPieces, type RateIndex } from "./build-quotas";
import type { CalcProblem } from "./calc-db";
import { explainQuotaAdjustment } from "./explain-quota-adjustment";
import type { QuotaPerson } from "./load-quota-people";
import type { QuotaPolicy } from "./load-quota-policy";
import type { QuotaPiece } from "./load-quota-sources";
import { rampScheduleOf } from "./ramp-schedule-of";

/** The fiscal year a run's quotas belong to: its calendar, the plan's period kind and every period of that kind. */
export type QuotaYear = {
  fiscalYear: number;
  calendar: FiscalCalendar;
  kind: PeriodKind;
  periods: readonly CalcPeriod[];
  /** The run's period end: later periods' quotas are computed (same input for every run) but not reported. */
  reportThrough: string;
};

/**
 * A person's quota per period in the plan currency (docs/calculations/quota-proration.md): the stored pieces
 * converted and summed, then — for a hire or leaver inside the year, or a ramp — the engine's periodQuotas on each
 * full quota in the unit it was stored in (a comp_quotas row: its period; a booking target: its month), rounded
 * half-up to the currency's minor unit. Every quota that changes, up to the run's period, is reported
 * (`quota_adjusted`, with the reason and the engine's trace); unusable input is reported (`quota_error`) and the
 * stored quotas are used unchanged.
 */
export function adjustQuotas(params: {
  person: QuotaPerson | undefined;
  pieces: ReadonlyMap<string, QuotaPiece[]> | undefined;
  policy: QuotaPolicy;
  year: QuotaYear;
  currency: string;
  rateOf: RateIndex;
  report: (problem: CalcProblem) => void;
}): Record<string, string> {
  const { person, policy, year, currency, report } = params;
  const stored: Record<string, string> = {};
  const byPeriod: Record<string, string> = {};
  const byMonth: Record<string, string> = {};
  // Pieces a published quota plan wrote: ramped and prorated there already, so never a second time here.
  const fixed: Record<string, string> = {};
  const add = (into: Record<string, string>, key: string, amount: string) => {
    const before = into[key];
    into[key] = before === undefined ? amount : sumAmounts([before, amount]);
  };
  for (const [key, converted] of convertQuotaPieces(params.pieces, currency, params.rateOf, report)) {
    for (const { piece, amount } of converted) {
      add(stored, key, amount);
      if (piece.final) add(fixed, key, amount);
      else if (piece.grain === "month" && year.kind !== "month")
        add(byMonth, piece.month.slice(0, 7), amount);
      else add(byPeriod, key, amount);
    }
  }
  const ramp = person ? rampScheduleOf(policy, person.rampMonths) : null;
  const adjustable = Object.keys(byPeriod).length > 0 || Object.keys(byMonth).length > 0;
  if (!person || !adjustable || !mayAdjust(person, policy, ramp, year)) return stored;

  const run = (perPeriod: Record<string, string>, periodKind: PeriodKind): QuotaResult | null =>
    Object.keys(perPeriod).length === 0
      ? null
      : periodQuotas({
          fiscalYear: year.fiscalYear,
          calendar: year.calendar,
          quota: { perPeriod },
          seasonality: null,
          hireDate: person.hireDate,
          leaveDate: person.leaveDate,
          proration: policy.proration,
          ramp,
          periodKind,
          rounding: { places: currencyMinorUnits(currency), mode: "half_up" },
        });
  let results: [QuotaResult | null, QuotaResult | null];
  try {
    results = [run(byPeriod, year.kind), run(byMonth, "month")];
  } catch (error) {
    if (!(error instanceof EngineInputError)) throw error;
    report({
      code: "quota_error",
      message: `${person.name}: quotas used as stored, not prorated or ramped: ${error.message}`,
    });
    return stored;
  }
  const [periodResult, monthResult] = results;
  const quotas: Record<string, string> = {};
  for (const period of year.periods) {
    const full = stored[period.key];
    if (full === undefined) continue;
    const parts: string[] = [];
    const trace: string[] = [];
    const take = (result: QuotaResult | null, key: string) => {
      parts.push(result?.quotas[key] ?? "0");
      const line = result?.trace.find((t) => t.period === key);
      if (line) trace.push(`${key}: ${line.detail}`);
    };
    if (byPeriod[period.key] !== undefined) take(periodResult, period.key);
    for (const month of Object.keys(byMonth).sort())
      if (period.start <= `${month}-01` && `${month}-01` <= period.end) take(monthResult, month);
    if (fixed[period.key] !== undefined) parts.push(fixed[period.key]!);
    const adjusted = sumAmounts(parts);
    // Unchanged (the engine only rounded the stored amount): keep the stored amount exactly.
    if (compareAmounts(adjusted, roundAmount(full, currency, "half_up")) === 0) {
      quotas[period.key] = full;
      continue;
    }
    quotas[period.key] = adjusted;
    if (period.start > year.reportThrough) continue;
    report({
      code: "quota_adjusted",
      message: explainQuotaAdjustment({ person, policy, ramp, period, full, adjusted, currency }),
      periodKey: period.key,
      trace: trace.join(" | "),
    });
  }
  return quotas;
}

/** Whether anything can change: a ramp still running in the year, or proration and a hire or leave inside it. */
function mayAdjust(
  person: QuotaPerson,
  policy: QuotaPolicy,
  ramp: string[] | null,
  year: QuotaYear,
): boolean {
  const start = year.periods[0]?.start ?? "";
  const end = year.periods.at(-1)?.end ?? "";
  const { hireDate, leaveDate } = person;
  // The ramp's last share ("1") applies from the hire month + (length − 1) months.
  if (ramp !== null && hireDate !== null && addMonths(`${hireDate.slice(0, 7)}-01`, ramp.length - 1) > start)
    return true;
  if (policy.proration === "none") return false;
  return (hireDate !== null && hireDate > start) || (leaveDate !== null && leaveDate < end);
}
