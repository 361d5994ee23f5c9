import { type Dec, toDec } from "../money/decimal";
import type { PayeeContext } from "./build-payee-context";
import type { CalcPeriod } from "./calculation";
import { capDealAndPeriod, type PeriodAmount } from "./cap-deal-and-period";
import { checkGate } from "./check-gate";
import { buildCommissionLines } from "./commission-lines";
import { type DraftLine, exactTextOf } from "./draft-line";
import { findMultiplier } from "./find-multiplier";
import { formatTraceAmount, groupDigits } from "./format-trace";
import { gateClosedLine } from "./gate-closed-line";
import { recomputeWindow } from "./recompute-window";
import { ruleStep } from "./rule-step";
import { ZERO } from "./parse-tier-table";
import type { CommissionComponent } from "./plan";

/**
 * A commission component for the period, before caps: gate (closed = one zero line), priced credits, the
 * multiplier on every line, then (trueUp) the reset window recomputed to date — each period under its own per-deal
 * and per-period caps, reversals of the window's deals in its running totals — minus what earlier periods earned
 * and this period's lines (after those caps).
 */
export function calculateCommission(ctx: PayeeContext, c: CommissionComponent): DraftLine[] {
  const gateStep = c.gate ? checkGate(ctx, c.gate, `component '${c.name}'`) : null;
  if (gateStep && !gateStep.passed) return [gateClosedLine(c.name, "commission", gateStep.step)];
  const windowStart = ctx.windowStartOf(ctx.period.start, c.reset);
  const { lines, windowAmount } = buildCommissionLines(ctx, c, windowStart, c.trueUp);
  const multiplier = findMultiplier(ctx, c, windowStart);
  const factor = multiplier?.factor;
  const factorText = factor?.toFixed() ?? "";
  const unit = factor?.eq(1) === true;
  const rule = `Multiplier of '${c.name}'`;
  for (const line of lines) {
    if (gateStep) line.trace.unshift(gateStep.step);
    if (multiplier && factor) {
      // × 1 (gate closed, or the first band) leaves the amount, and its text, as they are.
      const exact = unit ? line.exact : line.exact.times(factor);
      if (ctx.traced) {
        const beforeText = groupDigits(exactTextOf(line));
        const exactText = unit ? exactTextOf(line) : exact.toFixed();
        line.trace.push(...multiplier.steps, {
          rule,
          detail: `${beforeText} × ${factorText} = ${unit ? beforeText : groupDigits(exactText)}`,
          values: { factor: factorText, amount: exactText },
        });
        line.written = { exact, text: exactText };
      } else line.trace.push(...multiplier.steps, ruleStep(rule));
      line.exact = exact;
    }
  }
  if (!c.trueUp || windowStart >= ctx.period.start) return lines;
  const caps = c.caps?.perDeal !== undefined || c.caps?.perPeriod !== undefined ? c.caps : null;
  const entries = recomputeWindow(ctx, c, windowStart, caps !== null);
  const times = (amount: Dec) => (factor ? amount.times(factor) : amount);
  let recomputed = times(windowAmount);
  let thisPeriod = lines.reduce((sum, line) => sum.plus(line.exact), ZERO);
  if (entries !== null && caps === null) {
    recomputed = ZERO;
    for (const entry of entries) recomputed = recomputed.plus(times(entry.amount));
  } else if (entries !== null && caps !== null) {
    // Each period of the window under its own per-deal and per-period caps, so capped money is never paid later.
    const byPeriod = new Map<number, PeriodAmount[]>();
    for (const entry of entries) {
      const amounts = byPeriod.get(entry.period) ?? [];
      amounts.push({ transactionId: entry.transactionId, amount: times(entry.amount) });
      byPeriod.set(entry.period, amounts);
    }
    recomputed = ZERO;
    for (const amounts of byPeriod.values()) recomputed = recomputed.plus(capDealAndPeriod(caps, amounts));
    thisPeriod = capDealAndPeriod(
      caps,
      lines.map((line) => ({ transactionId: line.transactionId, amount: line.exact })),
    );
  }
  let earlier = ZERO;
  const byPeriod = ctx.input.prior.earnedByComponent[c.name] ?? {};
  for (let i = 0; i < ctx.periodIndex; i++) {
    const p = ctx.input.yearPeriods[i] as CalcPeriod;
    const earned = byPeriod[p.key];
    if (p.start >= windowStart && earned !== undefined) earlier = earlier.plus(toDec(earned));
  }
  const trueUp = recomputed.minus(earlier).minus(thisPeriod);
  const capped = caps === null ? "" : " under each period's caps";
  const detail = `${formatTraceAmount(recomputed)} − ${formatTraceAmount(earlier)} earlier − ${formatTraceAmount(thisPeriod)} this period = ${formatTraceAmount(trueUp)}`;
  lines.push({
    component: c.name,
    kind: "true_up",
    creditId: null,
    transactionId: null,
    exact: trueUp,
    trace: [
      ...(gateStep ? [gateStep.step] : []),
      ...(multiplier?.steps ?? []),
      {
        rule: `True-up of '${c.name}' (${c.reset} window from ${windowStart})`,
        detail: `window to date recomputed${capped} ${detail}`,
        values: {
          recomputed: recomputed.toFixed(),
          earlier: earlier.toFixed(),
          thisPeriod: thisPeriod.toFixed(),
          trueUp: trueUp.toFixed(),
        },
      },
    ],
  });
  return lines;
}
