import type { Dec } from "../money/decimal";
import { toDec } from "../money/decimal";
import type { PayeeContext } from "./build-payee-context";
import type { CreditLine, TraceStep } from "./calculation";
import { creditStep, firstCreditFrom } from "./credit-step";
import type { DraftLine } from "./draft-line";
import { evaluateTiersDec, rateAtDec } from "./evaluate-tiers";
import { findRateTable, findTierTable } from "./find-table";
import { formatTraceAmount, formatTraceRate } from "./format-trace";
import { lookupRate } from "./lookup-rate";
import { ONE, type ParsedTierTable, parseTierTable, ZERO } from "./parse-tier-table";
import type { CommissionComponent } from "./plan";
import { selectCredits } from "./select-credits";
import { tierBandRule, traceTierBands } from "./trace-tier-bands";

/** The period's commission lines (before multiplier and caps) and, for true-ups, the reset window recomputed whole. */
export type CommissionPass = { lines: DraftLine[]; windowAmount: Dec };

type Priced = { amount: Dec; steps: TraceStep[] };

/**
 * Prices each counted credit: flat rate, rate table row, or tiers — per transaction (each credit on its own) or
 * cumulative (the running total of the reset window decides each increment's rate). `wholeWindow` also prices the
 * window's earlier credits, for a true-up.
 */
export function buildCommissionLines(
  ctx: PayeeContext,
  c: CommissionComponent,
  windowStart: string,
  wholeWindow: boolean,
): CommissionPass {
  const where = `${ctx.where}, component '${c.name}'`;
  const cumulative = c.rate.kind === "tiers" && c.evaluation === "cumulative";
  const from = cumulative || wholeWindow ? firstCreditFrom(ctx.credits, windowStart) : ctx.firstInPeriod;
  const selected = selectCredits(ctx, c.measure, c.filter, from);
  const values = ctx.measure(c.measure);
  const lines: DraftLine[] = [];
  const emit = (credit: CreditLine, value: Dec, priced: Priced) =>
    lines.push({
      component: c.name,
      kind: "commission",
      creditId: credit.id,
      transactionId: credit.transactionId,
      exact: priced.amount,
      trace: [creditStep(c.name, credit, c.measure, value), ...priced.steps],
    });
  if (cumulative && c.rate.kind === "tiers") {
    const table = parseTierTable(findTierTable(ctx.plan, c.rate.table, where));
    const base = table.table.basis === "attainment" ? ctx.quotaSince(windowStart) : null;
    let key = "";
    let total = ZERO;
    let windowAmount = ZERO;
    for (const i of selected) {
      const credit = ctx.credits[i] as CreditLine;
      const value = values[i] as Dec;
      const window = ctx.windowStartOf(credit.date, c.reset);
      if (window !== key) {
        if (key !== "") windowAmount = windowAmount.plus(evaluateTiersDec(table, total, base).amount);
        key = window;
        total = ZERO;
      }
      const before = total;
      total = total.plus(value);
      if (i >= ctx.firstInPeriod) emit(credit, value, increment(table, c, window, before, total, base));
    }
    if (key !== "") windowAmount = windowAmount.plus(evaluateTiersDec(table, total, base).amount);
    return { lines, windowAmount };
  }
  const price = perCreditPricer(ctx, c, where);
  let windowAmount = ZERO;
  for (const i of selected) {
    const credit = ctx.credits[i] as CreditLine;
    const value = values[i] as Dec;
    const priced = price(credit, value);
    windowAmount = windowAmount.plus(priced.amount);
    if (i >= ctx.firstInPeriod) emit(credit, value, priced);
  }
  return { lines, windowAmount };
}

function perCreditPricer(ctx: PayeeContext, c: CommissionComponent, where: string) {
  const source = c.rate;
  if (source.kind === "flat") {
    const rate = toDec(source.rate);
    return (_credit: CreditLine, value: Dec): Priced => {
      const amount = value.times(rate);
      const detail = `${formatTraceAmount(value)} × ${formatTraceRate(rate)} = ${formatTraceAmount(amount)}`;
      return { amount, steps: [{ rule: `Flat rate of '${c.name}'`, detail, values: { rate: source.rate } }] };
    };
  }
  if (source.kind === "rate_table") {
    const table = findRateTable(ctx.plan, source.table, where);
    return (credit: CreditLine, value: Dec): Priced => {
      const { rate, row } = lookupRate(table, credit.attributes, `${where}, credit '${credit.id}'`);
      const amount = value.times(rate);
      const rule =
        row === null ? `Rate table '${table.name}' default rate` : `Rate table '${table.name}' row ${row}`;
      const detail = `${formatTraceAmount(value)} × ${formatTraceRate(rate)} = ${formatTraceAmount(amount)}`;
      return {
        amount,
        steps: [{ rule, detail, values: { row: String(row ?? "default"), rate: rate.toFixed() } }],
      };
    };
  }
  const table = parseTierTable(findTierTable(ctx.plan, source.table, where));
  const base = table.table.basis === "attainment" ? ctx.attainment.quota : null;
  return (_credit: CreditLine, value: Dec): Priced => {
    const evaluation = evaluateTiersDec(table, value, base);
    return { amount: evaluation.amount, steps: traceTierBands(table.table, evaluation, base) };
  };
}

// One increment of a cumulative evaluation: marginal pays F(after) − F(before), band by band; retroactive and
// interpolated pay the increment at the rate the running total has reached.
function increment(
  t: ParsedTierTable,
  c: CommissionComponent,
  window: string,
  before: Dec,
  after: Dec,
  base: Dec | null,
) {
  const running: TraceStep = {
    rule: `Cumulative '${c.name}' (${c.reset} reset from ${window})`,
    detail: `running total ${formatTraceAmount(before)} → ${formatTraceAmount(after)}`,
    values: { before: before.toFixed(), after: after.toFixed(), window },
  };
  const value = after.minus(before);
  if (t.table.method === "marginal") {
    const high = evaluateTiersDec(t, after, base);
    const low = evaluateTiersDec(t, before, base);
    const amount = high.amount.minus(low.amount);
    const parts = high.parts
      .map((p) => {
        const earlier = low.parts.find((q) => q.band === p.band);
        return {
          ...p,
          part: p.part.minus(earlier?.part ?? ZERO),
          amount: p.amount.minus(earlier?.amount ?? ZERO),
        };
      })
      .filter((p) => !p.part.isZero());
    return { amount, steps: [running, ...traceTierBands(t.table, { ...high, amount, parts }, base)] };
  }
  const noQuota = t.table.basis === "attainment" && (base === null || base.lte(0));
  const { band, rate } = noQuota
    ? { band: 0, rate: t.rate[0] as Dec }
    : rateAtDec(t, after.abs(), base ?? ONE);
  const amount = value.times(rate);
  const step: TraceStep = {
    rule: `${tierBandRule(t.table, band)}, rate reached${noQuota ? " (no quota: band 1)" : ""}`,
    detail: `${formatTraceAmount(value)} × ${formatTraceRate(rate)} = ${formatTraceAmount(amount)}`,
    values: { rate: rate.toFixed(), amount: amount.toFixed() },
  };
  return { amount, steps: [running, step] };
}
