import { addMonths } from "../calendar/dates";
import { EngineInputError } from "../errors";
import type { FormulaValue } from "../formula/index";
import { type Dec, toDec } from "../money/decimal";
import { divideDec } from "../money/divide-amount";
import type { CalcPeriod, CreditLine, PayeePeriodInput } from "./calculation";
import { orderCredits } from "./order-credits";
import { ZERO } from "./parse-tier-table";
import type { PeriodKind, PlanDefinition } from "./plan";

/**
 * Attainment figures as Decs; `ratio` is rounded to 4 places half_even (null without quota) for display only: every
 * comparison uses credit and quota (attainment-position.ts).
 */
export type AttainmentDec = { credit: Dec; quota: Dec | null; ratio: Dec | null };

/** Everything the component stages share for one payee and period, computed once. */
export type PayeeContext = {
  input: PayeePeriodInput;
  plan: PlanDefinition;
  period: CalcPeriod;
  /** "payee 'ana', period 2025-01": the prefix of every error. */
  where: string;
  periodIndex: number;
  yearStart: string;
  /** Credits of the plan year to the period's end, by date (then id), so running totals are reproducible. */
  credits: CreditLine[];
  /** Index of the first credit dated inside the period. */
  firstInPeriod: number;
  measure: (name: string) => Dec[];
  windowStartOf: (date: string, reset: PeriodKind) => string;
  quotaSince: (start: string) => Dec | null;
  /** Attainment of the quota measure from `start` (a reset window's start) to the period's end. */
  attainmentSince: (start: string) => AttainmentDec;
  attainment: AttainmentDec;
  ytd: AttainmentDec;
  /** Results of components already calculated (after caps), for formulas and `component.<name>`. */
  componentTotals: Map<string, Dec>;
  variables: Record<string, FormulaValue>;
  /** input.trace !== false: write the detail text and values of per-credit trace steps. */
  traced: boolean;
};

const MONTHS: Record<PeriodKind, number> = { month: 1, quarter: 3, year: 12 };

/** Builds the shared context: sorted credits, lazily parsed measures, reset windows, quotas and attainment. */
export function buildPayeeContext(input: PayeePeriodInput): PayeeContext {
  const { plan, period, yearPeriods } = input;
  const where = `payee '${input.payee.id}', period ${period.key}`;
  const periodIndex = yearPeriods.findIndex((p) => p.key === period.key);
  const first = yearPeriods[0];
  if (periodIndex === -1 || first === undefined) {
    throw new EngineInputError(`${where}: the period is not one of input.yearPeriods`, period.key);
  }
  const yearStart = first.start;
  const credits = orderCredits(input.credits, yearStart, period.end);
  let firstInPeriod = credits.findIndex((c) => c.date >= period.start);
  if (firstInPeriod === -1) firstInPeriod = credits.length;
  const measures = new Map<string, Dec[]>();
  const measure = (name: string): Dec[] => {
    let values = measures.get(name);
    if (!values) {
      values = credits.map((c) => {
        const text = c.measures[name];
        if (text === undefined) return ZERO;
        try {
          return toDec(text);
        } catch {
          throw new EngineInputError(`${where}, credit '${c.id}': measure ${name} is not a decimal`, text);
        }
      });
      measures.set(name, values);
    }
    return values;
  };
  const yearMonth = monthNumber(yearStart);
  // Window starts by reset and month (a window holds whole months): one addMonths per month, not per credit.
  const windows: Record<PeriodKind, Map<number, string>> = {
    month: new Map(),
    quarter: new Map(),
    year: new Map(),
  };
  const windowStartOf = (date: string, reset: PeriodKind): string => {
    const month = fastMonthNumber(date);
    const months = MONTHS[reset];
    if (month === null)
      return addMonths(yearStart, Math.floor((monthNumber(date) - yearMonth) / months) * months);
    const known = windows[reset];
    let start = known.get(month);
    if (start === undefined) {
      start = addMonths(yearStart, Math.floor((month - yearMonth) / months) * months);
      known.set(month, start);
    }
    return start;
  };
  const quotaSince = (start: string): Dec | null => {
    let total: Dec | null = null;
    for (let i = 0; i <= periodIndex; i++) {
      const p = yearPeriods[i] as CalcPeriod;
      const q = input.quotas[p.key];
      if (p.start >= start && q !== undefined) total = (total ?? ZERO).plus(toDec(q));
    }
    return total;
  };
  const quotaMeasure = measure(plan.quotaMeasure);
  const sinceCache = new Map<string, AttainmentDec>();
  const attainmentSince = (start: string): AttainmentDec => {
    let figures = sinceCache.get(start);
    if (!figures) {
      let credit = ZERO;
      credits.forEach((c, i) => {
        if (c.date >= start) credit = credit.plus(quotaMeasure[i] as Dec);
      });
      figures = attainmentOf(credit, quotaSince(start));
      sinceCache.set(start, figures);
    }
    return figures;
  };
  let ytdCredit = ZERO;
  for (const v of quotaMeasure) ytdCredit = ytdCredit.plus(v);
  let periodCredit = ytdCredit;
  if (firstInPeriod > 0) {
    periodCredit = ZERO;
    for (let i = firstInPeriod; i < quotaMeasure.length; i++)
      periodCredit = periodCredit.plus(quotaMeasure[i] as Dec);
  }
  const periodQuota = input.quotas[period.key];
  const attainment = attainmentOf(periodCredit, periodQuota === undefined ? null : toDec(periodQuota));
  const ytd = attainmentOf(ytdCredit, quotaSince(yearStart));
  // Every credit is dated from the year's start: attainment since then is the year to date.
  sinceCache.set(yearStart, ytd);
  return {
    input,
    plan,
    period,
    where,
    periodIndex,
    yearStart,
    credits,
    firstInPeriod,
    measure,
    windowStartOf,
    quotaSince,
    attainmentSince,
    attainment,
    ytd,
    componentTotals: new Map(),
    traced: input.trace !== false,
    variables: {},
  };
}

function monthNumber(date: string): number {
  return Number(date.slice(0, 4)) * 12 + Number(date.slice(5, 7)) - 1;
}

// monthNumber of a "YYYY-MM…" date read from its digits, or null when it is not written that way.
function fastMonthNumber(date: string): number | null {
  let year = 0;
  for (let i = 0; i < 4; i++) {
    const d = date.charCodeAt(i) - 48;
    if (!(d >= 0 && d <= 9)) return null;
    year = year * 10 + d;
  }
  const m1 = date.charCodeAt(5) - 48;
  const m2 = date.charCodeAt(6) - 48;
  if (date.charCodeAt(4) !== 45 || !(m1 >= 0 && m1 <= 9) || !(m2 >= 0 && m2 <= 9)) return null;
  return year * 12 + m1 * 10 + m2 - 1;
}

/** Internal: credit against quota, the ratio to 4 places half_even for display (as everywhere in Attain). */
export function attainmentOf(credit: Dec, quota: Dec | null): AttainmentDec {
  const ratio = quota === null || quota.isZero() ? null : toDec(divideDec(credit, quota, 4, "half_even"));
  return { credit, quota, ratio };
}
