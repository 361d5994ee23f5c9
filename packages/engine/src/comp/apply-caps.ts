import { type Dec, toDec } from "../money/decimal";
import type { PayeeContext } from "./build-payee-context";
import type { CalcPeriod } from "./calculation";
import type { DraftLine } from "./draft-line";
import { formatTraceAmount } from "./format-trace";
import { ZERO } from "./parse-tier-table";
import type { Component } from "./plan";

/**
 * Cap lines (negative, kind "cap") for one component's period lines, in this order: per deal (each transaction's
 * lines this period), per period, per year (with earlier periods' earnings from PriorPeriods), and a multiple of
 * annual target incentive over the plan year. A cap never takes back more than this period earned. A true-up line
 * is left out of the per-period cap (it was computed under each period's per-deal and per-period caps) but not
 * out of the year caps.
 */
export function applyCaps(
  ctx: PayeeContext,
  component: Component,
  lines: DraftLine[],
  linesTotal: Dec = sumLines(lines),
): DraftLine[] {
  const caps = component.kind === "mbo" ? undefined : component.caps;
  if (!caps) return [];
  const name = component.name;
  const cuts: DraftLine[] = [];
  const cut = (amount: Dec, rule: string, detail: string, deal: DraftLine | null) =>
    cuts.push({
      component: name,
      kind: "cap",
      creditId: deal?.creditId ?? null,
      transactionId: deal?.transactionId ?? null,
      exact: amount.neg(),
      trace: [{ rule: `Cap of '${name}': ${rule}`, detail, values: { cut: amount.neg().toFixed() } }],
    });
  if (caps.perDeal !== undefined) {
    const cap = toDec(caps.perDeal);
    const deals = new Map<string, { total: Dec; last: DraftLine }>();
    for (const line of lines) {
      if (line.transactionId === null) continue;
      const deal = deals.get(line.transactionId);
      deals.set(line.transactionId, { total: (deal?.total ?? ZERO).plus(line.exact), last: line });
    }
    for (const [transactionId, { total, last }] of deals) {
      if (total.gt(cap)) {
        const over = total.minus(cap);
        cut(
          over,
          `per deal ${caps.perDeal}`,
          `deal ${transactionId} earned ${formatTraceAmount(total)} > ${formatTraceAmount(cap)}: −${formatTraceAmount(over)}`,
          last,
        );
      }
    }
  }
  const total = () => cuts.reduce((sum, line) => sum.plus(line.exact), linesTotal);
  if (caps.perPeriod !== undefined) {
    const cap = toDec(caps.perPeriod);
    // A true-up already holds each earlier period of its window under that period's caps (recompute-window.ts).
    let earned = total();
    for (const line of lines) if (line.kind === "true_up") earned = earned.minus(line.exact);
    if (earned.gt(cap)) {
      const over = earned.minus(cap);
      cut(
        over,
        `per period ${caps.perPeriod}`,
        `${formatTraceAmount(earned)} earned > ${formatTraceAmount(cap)} cap: −${formatTraceAmount(over)}`,
        null,
      );
    }
  }
  const yearly = (cap: Dec, rule: string) => {
    const earlier = earnedEarlierInYear(ctx, name);
    const earned = total();
    const room = cap.minus(earlier);
    const over = earned.minus(room.isNegative() ? ZERO : room);
    if (earned.gt(0) && over.gt(0)) {
      const taken = over.gt(earned) ? earned : over;
      cut(
        taken,
        rule,
        `${formatTraceAmount(earlier)} earlier + ${formatTraceAmount(earned)} now > ${formatTraceAmount(cap)}: −${formatTraceAmount(taken)}`,
        null,
      );
    }
  };
  if (caps.perYear !== undefined) yearly(toDec(caps.perYear), `per year ${caps.perYear}`);
  if (caps.targetIncentiveMultiple !== undefined) {
    const ti = toDec(ctx.input.payee.targetIncentive);
    const cap = toDec(caps.targetIncentiveMultiple).times(ti);
    yearly(
      cap,
      `${caps.targetIncentiveMultiple}× annual target incentive ${formatTraceAmount(ti)} = ${formatTraceAmount(cap)}`,
    );
  }
  return cuts;
}

function earnedEarlierInYear(ctx: PayeeContext, component: string): Dec {
  const byPeriod = ctx.input.prior.earnedByComponent[component] ?? {};
  let earlier = ZERO;
  for (let i = 0; i < ctx.periodIndex; i++) {
    const earned = byPeriod[(ctx.input.yearPeriods[i] as CalcPeriod).key];
    if (earned !== undefined) earlier = earlier.plus(toDec(earned));
  }
  return earlier;
}

/** Internal: Σ exact of the lines (a component's total before, or with, its caps). */
export function sumLines(lines: readonly DraftLine[]): Dec {
  let total = ZERO;
  for (const line of lines) total = total.plus(line.exact);
  return total;
}
