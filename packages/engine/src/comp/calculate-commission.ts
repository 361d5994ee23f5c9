import { toDec } from "../money/decimal";
import type { PayeeContext } from "./build-payee-context";
import type { CalcPeriod } from "./calculation";
import { checkGate } from "./check-gate";
import { buildCommissionLines } from "./commission-lines";
import { type DraftLine, exactTextOf } from "./draft-line";
import { findMultiplier } from "./find-multiplier";
import { formatTraceAmount, groupDigits } from "./format-trace";
import { gateClosedLine } from "./gate-closed-line";
import { ruleStep } from "./rule-step";
import { ZERO } from "./parse-tier-table";
import type { CommissionComponent } from "./plan";

/**
 * A commission component for the period, before caps: gate (closed = one zero line), priced credits, the
 * multiplier on every line, then (trueUp) the reset window recomputed to date minus what earlier periods earned.
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
  const recomputed = factor ? windowAmount.times(factor) : windowAmount;
  let earlier = ZERO;
  const byPeriod = ctx.input.prior.earnedByComponent[c.name] ?? {};
  for (let i = 0; i < ctx.periodIndex; i++) {
    const p = ctx.input.yearPeriods[i] as CalcPeriod;
    const earned = byPeriod[p.key];
    if (p.start >= windowStart && earned !== undefined) earlier = earlier.plus(toDec(earned));
  }
  const thisPeriod = lines.reduce((sum, line) => sum.plus(line.exact), ZERO);
  const trueUp = recomputed.minus(earlier).minus(thisPeriod);
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
        detail: `window to date recomputed ${detail}`,
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
