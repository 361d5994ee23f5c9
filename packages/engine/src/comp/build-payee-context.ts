import { addMonths } from "../calendar/dates";
import { EngineInputError } from "../errors";
import type { FormulaValue } from "../formula/index";
import { type Dec, toDec } from "../money/decimal";
import { divideDec } from "../money/divide-amount";
import type { CalcPeriod, CreditLine, PayeePeriodInput } from "./calculation";
import { ZERO } from "./parse-tier-table";
import type { PeriodKind, PlanDefinition } from "./plan";

/** Attainment figures as Decs; `ratio` is rounded to 4 places half_even (null without quota). */
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
  const credits = input.credits
    .filter((c) => c.date >= yearStart && c.date <= period.end)
    .sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
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
  const windows = new Map<string, string>();
  const windowStartOf = (date: string, reset: PeriodKind): string => {
    const key = `${reset}${date}`;
    let start = windows.get(key);
    if (start === undefined) {
      const months = MONTHS[reset];
      start = addMonths(yearStart, Math.floor((monthNumber(date) - yearMonth) / months) * months);
      windows.set(key, start);
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
  let periodCredit = ZERO;
  let ytdCredit = ZERO;
  quotaMeasure.forEach((v, i) => {
    ytdCredit = ytdCredit.plus(v);
    if (i >= firstInPeriod) periodCredit = periodCredit.plus(v);
  });
  const periodQuota = input.quotas[period.key];
  const attainment = attainmentOf(periodCredit, periodQuota === undefined ? null : toDec(periodQuota));
  const ytd = attainmentOf(ytdCredit, quotaSince(yearStart));
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
    variables: {},
  };
}

function monthNumber(date: string): number {
  return Number(date.slice(0, 4)) * 12 + Number(date.slice(5, 7)) - 1;
}

/** Internal: credit against quota, the ratio to 4 places half_even (as everywhere in Attain). */
export function attainmentOf(credit: Dec, quota: Dec | null): AttainmentDec {
  const ratio = quota === null || quota.isZero() ? null : toDec(divideDec(credit, quota, 4, "half_even"));
  return { credit, quota, ratio };
}
