import type { Dec } from "../money/decimal";
import type { TraceStep } from "./calculation";
import {
  evaluateTiersDec,
  rateAtDec,
  scaledBands,
  type TierBandPartDec,
  type TierEvaluationDec,
} from "./evaluate-tiers";
import { fixedText, formatTraceRate, groupDigits } from "./format-trace";
import { ONE, type ParsedTierTable, ZERO } from "./parse-tier-table";
import type { CommissionComponent } from "./plan";
import { ruleStep } from "./rule-step";
import { tierBandRule, traceTierBands } from "./trace-tier-bands";

/** A priced increment: its amount and the trace steps that explain it. */
export type PricedIncrement = { amount: Dec; steps: TraceStep[]; amountText?: string };

/**
 * Prices the increments of one cumulative evaluation in order. Marginal pays F(after) − F(before), band by band;
 * retroactive and interpolated pay the increment at the rate the running total has reached. F(before) is the
 * previous increment's F(after), so each running total is evaluated (and written) once.
 */
export function createIncrementPricer(
  t: ParsedTierTable,
  c: CommissionComponent,
  base: Dec | null,
  traced: boolean,
) {
  // The previous running total, as written (plain and grouped), and its evaluation when the slow path made one.
  let last: { total: Dec; text: string; grouped: string; evaluation: TierEvaluationDec | null } | null = null;
  let windowRule: { window: string; rule: string } | null = null;
  const remember = (total: Dec, text: string, grouped: string, evaluation: TierEvaluationDec | null) => {
    last = { total, text, grouped, evaluation };
  };
  return (window: string, before: Dec, after: Dec, value: Dec, valueText: string): PricedIncrement => {
    if (windowRule?.window !== window) {
      windowRule = { window, rule: `Cumulative '${c.name}' (${c.reset} reset from ${window})` };
    }
    const known = last?.total === before ? last : null;
    let running: TraceStep;
    let afterText = "";
    let afterGrouped = "";
    if (traced) {
      const beforeText = known ? known.text : before.toFixed();
      const beforeGrouped = known ? known.grouped : groupDigits(beforeText);
      afterText = after.toFixed();
      afterGrouped = groupDigits(afterText);
      running = {
        rule: windowRule.rule,
        detail: `running total ${beforeGrouped} → ${afterGrouped}`,
        values: { before: beforeText, after: afterText, window },
      };
    } else running = ruleStep(windowRule.rule);
    if (t.table.method === "marginal" && rising(before, after)) {
      const evaluation = marginalIncrement(t, before, after, value, valueText, base);
      if (evaluation) {
        remember(after, afterText, afterGrouped, null);
        const bands = traceTierBands(t.table, evaluation, base, traced);
        // One band: its amount is the increment's, already written in its step.
        const amountText = traced && bands.length === 1 ? bands[0]?.values.amount : undefined;
        const steps = bands.length === 1 ? [running, bands[0] as TraceStep] : [running, ...bands];
        return { amount: evaluation.amount, steps, amountText };
      }
    }
    if (t.table.method === "marginal") {
      const low = known?.evaluation ? known.evaluation : evaluateTiersDec(t, before, base);
      const high = evaluateTiersDec(t, after, base);
      remember(after, afterText, afterGrouped, high);
      const amount = high.amount.minus(low.amount);
      const parts: TierBandPartDec[] = [];
      for (const p of high.parts) {
        const same = low.parts[p.band];
        const earlier = same?.band === p.band ? same : low.parts.find((q) => q.band === p.band);
        const part = p.part.minus(earlier?.part ?? ZERO);
        if (part.isZero()) continue;
        parts.push({ ...p, part, amount: p.amount.minus(earlier?.amount ?? ZERO) });
      }
      const evaluation = { amount, rate: high.rate, band: high.band, parts, noQuota: high.noQuota };
      return { amount, steps: [running, ...traceTierBands(t.table, evaluation, base, traced)] };
    }
    remember(after, afterText, afterGrouped, null);
    const noQuota = t.table.basis === "attainment" && (base === null || base.lte(0));
    const { band, rate } = noQuota
      ? { band: 0, rate: t.rate[0] as Dec }
      : rateAtDec(t, after.abs(), base ?? ONE);
    const amount = value.times(rate);
    const rule = `${tierBandRule(t.table, band)}, rate reached${noQuota ? " (no quota: band 1)" : ""}`;
    if (!traced) return { amount, steps: [running, ruleStep(rule)] };
    const amountText = amount.toFixed();
    const step: TraceStep = {
      rule,
      detail: `${groupDigits(valueText)} × ${formatTraceRate(rate)} = ${groupDigits(amountText)}`,
      values: { rate: fixedText(rate), amount: amountText },
    };
    return { amount, steps: [running, step] };
  };
}

// A running total that only grows from 0 or above: the common case, priced without evaluating the table twice.
function rising(before: Dec, after: Dec): boolean {
  return !before.isNegative() && after.gte(before);
}

/**
 * F(after) − F(before) of a marginal table for 0 ≤ before ≤ after, band by band: only the bands the increment
 * crosses, each part = min(after, to) − max(before, from) at the band's rate — the same parts and amounts as the
 * two evaluations subtracted (exact arithmetic), with the zero parts left out. Null without a quota (band 1 then
 * applies to the whole value, as `evaluateTiersDec` says in the trace).
 */
function marginalIncrement(
  t: ParsedTierTable,
  before: Dec,
  after: Dec,
  value: Dec,
  valueText: string,
  base: Dec | null,
): TierEvaluationDec | null {
  const attainment = t.table.basis === "attainment";
  if (attainment && (base === null || base.lte(0))) return null;
  const bands = scaledBands(t, attainment ? (base as Dec) : ONE);
  const count = bands.from.length;
  let first = 0;
  while (first + 1 < count && before.gt(bands.from[first + 1] as Dec)) first++;
  const parts: TierBandPartDec[] = [];
  let amount: Dec = ZERO;
  let band = first;
  for (let i = first; i < count; i++) {
    const from = bands.from[i] as Dec;
    if (i > first && after.lte(from)) break;
    const to = bands.to[i] ?? null;
    const inside = to === null || after.lt(to);
    const part =
      i === first && inside ? value : (inside ? after : (to as Dec)).minus(i === first ? before : from);
    band = i;
    if (part.isZero()) continue;
    const rate = t.rate[i] as Dec;
    const bandAmount = part.times(rate);
    amount = parts.length === 0 ? bandAmount : amount.plus(bandAmount);
    if (part === value)
      parts.push({ band: i, from, to, part, rate, amount: bandAmount, partText: valueText });
    else parts.push({ band: i, from, to, part, rate, amount: bandAmount });
  }
  return { amount, rate: t.rate[band] as Dec, band, parts, noQuota: false };
}
