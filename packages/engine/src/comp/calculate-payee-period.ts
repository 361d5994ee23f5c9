import { applyPayoutPolicies } from "../payout/index";
import { applyCaps, sumLines } from "./apply-caps";
import { applyClawbacks } from "./apply-clawbacks";
import { type AttainmentDec, buildPayeeContext } from "./build-payee-context";
import { calculateComponent } from "./calculate-component";
import type { PayeePeriodInput, PayeePeriodResult } from "./calculation";
import type { DraftLine } from "./draft-line";
import { earnedByTransactionOf } from "./earned-by-transaction";
import { evaluatePlanVariables } from "./evaluate-plan-variables";
import { findNextTier } from "./find-next-tier";
import { roundLines } from "./round-lines";
import { sumRoundedBy } from "./sum-rounded-by";

/**
 * One payee, one period: plan variables, then each component in plan order (its lines, then its caps), then
 * clawbacks, then the plan's rounding, then the payout stage (draws, holdbacks, holds). Pure: the same input gives
 * the same result, and every line carries the trace of the rules that made it.
 */
export function calculatePayeePeriod(input: PayeePeriodInput): PayeePeriodResult {
  const ctx = buildPayeeContext(input);
  evaluatePlanVariables(ctx);
  const drafts: DraftLine[] = [];
  for (const component of input.plan.components) {
    const lines = calculateComponent(ctx, component);
    const linesTotal = sumLines(lines);
    const cuts = applyCaps(ctx, component, lines, linesTotal);
    ctx.componentTotals.set(component.name, cuts.length === 0 ? linesTotal : linesTotal.plus(sumLines(cuts)));
    for (const line of lines) drafts.push(line);
    for (const line of cuts) drafts.push(line);
  }
  drafts.push(...applyClawbacks(ctx, drafts));
  const rounded = roundLines(input.plan, drafts);
  const { lines, earned } = rounded;
  const componentNames = input.plan.components.map((c) => c.name);
  const payout = applyPayoutPolicies({
    plan: input.plan,
    period: input.period,
    earned,
    lines,
    prior: input.prior,
    holds: input.holds,
  });
  return {
    payeeId: input.payee.id,
    period: input.period.key,
    currency: input.plan.currency,
    lines: [...lines, ...payout.lines],
    attainment: {
      credit: ctx.attainment.credit.toFixed(),
      quota: ctx.attainment.quota?.toFixed() ?? null,
      ratio: ratioText(ctx.attainment),
      ytdCredit: ctx.ytd.credit.toFixed(),
      ytdQuota: ctx.ytd.quota?.toFixed() ?? null,
      ytdRatio: ratioText(ctx.ytd),
    },
    totals: { earned, ...payout.totals },
    earnedByComponent: sumRoundedBy(rounded, (line) => line.component, componentNames),
    earnedByTransaction: earnedByTransactionOf(rounded),
    next: payout.next,
    nextTier: findNextTier(ctx),
  };
}

function ratioText(figures: AttainmentDec): string | null {
  return figures.ratio === null ? null : figures.ratio.toFixed(4);
}
