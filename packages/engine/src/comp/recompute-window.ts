import type { Dec } from "../money/decimal";
import { toDec } from "../money/decimal";
import { divideDec } from "../money/divide-amount";
import type { PayeeContext } from "./build-payee-context";
import type { CalcPeriod, CreditLine } from "./calculation";
import { firstCreditFrom } from "./credit-step";
import { evaluateTiersDec } from "./evaluate-tiers";
import { findTierTable } from "./find-table";
import { ONE, parseTierTable, ZERO } from "./parse-tier-table";
import type { CommissionComponent } from "./plan";
import { createCreditPricer } from "./price-credit";
import { selectCredits } from "./select-credits";

/** One credit's share of the recomputed window (before the multiplier), with its period (index in yearPeriods). */
export type WindowEntry = { period: number; transactionId: string; amount: Dec };

/**
 * The reset window to date as a true-up recomputes it, credit by credit (today's rates; cumulative tiers: the rate
 * the whole window reached, or F(after) − F(before) for marginal), so each earlier period can be held under its
 * own caps. With a clawback policy, the reversals of transactions credited in the window count in the running
 * totals (the deals that remain lose the tier lift a cancelled deal gave them), while the reversed part of the
 * cancelled transaction itself is left to the clawback: it keeps the amount it had in the window before the
 * reversal (× the reversed part, |reversal| / original, to 12 places). Null when neither is needed (no per-deal or
 * per-period cap, no such reversal): the caller then uses the window's total as it is.
 */
export function recomputeWindow(
  ctx: PayeeContext,
  c: CommissionComponent,
  windowStart: string,
  perPeriodCaps: boolean,
): WindowEntry[] | null {
  const from = firstCreditFrom(ctx.credits, windowStart);
  const reversed = reversalsInWindow(ctx, c, from);
  if (!perPeriodCaps && reversed === null) return null;
  const values = ctx.measure(c.measure);
  const pre = priceWindow(ctx, c, windowStart, selectCredits(ctx, c.measure, c.filter, from));
  const post =
    reversed === null
      ? pre
      : priceWindow(ctx, c, windowStart, selectCredits(ctx, c.measure, c.filter, from, reversed));
  const periods = periodIndexer(ctx);
  const entries: WindowEntry[] = [];
  const entryOf = new Map<string, WindowEntry>();
  const original = new Map<string, { value: Dec; pre: Dec }>();
  for (const [i, amount] of post) {
    const credit = ctx.credits[i] as CreditLine;
    if (credit.reversalOf !== null) continue;
    const entry = { period: periods(credit.date), transactionId: credit.transactionId, amount };
    entries.push(entry);
    if (!entryOf.has(credit.transactionId)) entryOf.set(credit.transactionId, entry);
    if (reversed?.has(credit.transactionId)) {
      const known = original.get(credit.transactionId) ?? { value: ZERO, pre: ZERO };
      original.set(credit.transactionId, {
        value: known.value.plus(values[i] as Dec),
        pre: known.pre.plus(pre.get(i) ?? ZERO),
      });
    }
  }
  if (reversed === null) return entries;
  // A reversal's own increment belongs to its original; the reversed part is settled at the original's amount
  // before the reversal.
  const returned = new Map<string, Dec>();
  for (const [i, amount] of post) {
    const credit = ctx.credits[i] as CreditLine;
    if (credit.reversalOf === null) continue;
    const entry = entryOf.get(credit.reversalOf);
    if (!entry) continue;
    entry.amount = entry.amount.plus(amount);
    returned.set(credit.reversalOf, (returned.get(credit.reversalOf) ?? ZERO).plus((values[i] as Dec).abs()));
  }
  for (const [id, back] of returned) {
    const figures = original.get(id);
    const entry = entryOf.get(id);
    if (!figures || !entry) continue;
    const whole = figures.value.abs();
    const part = whole.isZero() || back.gte(whole) ? ONE : toDec(divideDec(back, whole, 12, "half_even"));
    entry.amount = entry.amount.plus(figures.pre.times(part));
  }
  return entries;
}

// Transactions credited (and counted) in the window that have a reversal there, when reversals skip the components.
function reversalsInWindow(ctx: PayeeContext, c: CommissionComponent, from: number): Set<string> | null {
  if (ctx.plan.clawback === null) return null;
  let ids: Set<string> | null = null;
  for (let i = from; i < ctx.credits.length; i++) {
    const id = (ctx.credits[i] as CreditLine).reversalOf;
    if (id === null) continue;
    ids ??= new Set();
    ids.add(id);
  }
  if (ids === null) return null;
  const counted = new Set<string>();
  for (const i of selectCredits(ctx, c.measure, c.filter, from)) {
    const id = (ctx.credits[i] as CreditLine).transactionId;
    if (ids.has(id)) counted.add(id);
  }
  return counted.size === 0 ? null : counted;
}

// Each selected credit's recomputed amount (before the multiplier), by index into ctx.credits.
function priceWindow(
  ctx: PayeeContext,
  c: CommissionComponent,
  windowStart: string,
  selected: number[],
): Map<number, Dec> {
  const values = ctx.measure(c.measure);
  const out = new Map<number, Dec>();
  const where = `${ctx.where}, component '${c.name}'`;
  if (c.rate.kind === "tiers" && c.evaluation === "cumulative") {
    const table = parseTierTable(findTierTable(ctx.plan, c.rate.table, where));
    const base = table.table.basis === "attainment" ? ctx.quotaSince(windowStart) : null;
    let total = ZERO;
    for (const i of selected) total = total.plus(values[i] as Dec);
    if (table.table.method !== "marginal") {
      const rate = evaluateTiersDec(table, total, base).rate;
      for (const i of selected) out.set(i, (values[i] as Dec).times(rate));
      return out;
    }
    let running = ZERO;
    let before = evaluateTiersDec(table, ZERO, base).amount;
    for (const i of selected) {
      running = running.plus(values[i] as Dec);
      const after = evaluateTiersDec(table, running, base).amount;
      out.set(i, after.minus(before));
      before = after;
    }
    return out;
  }
  const price = createCreditPricer({ ...ctx, traced: false }, c, where);
  for (const i of selected) out.set(i, price(ctx.credits[i] as CreditLine, values[i] as Dec).amount);
  return out;
}

// The index in yearPeriods of a date (credits come in date order, so one pass forward).
function periodIndexer(ctx: PayeeContext): (date: string) => number {
  const periods = ctx.input.yearPeriods;
  let at = 0;
  return (date) => {
    while (at < ctx.periodIndex && date > (periods[at] as CalcPeriod).end) at++;
    return at;
  };
}
