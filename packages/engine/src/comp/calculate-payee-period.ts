import { currencyMinorUnits } from "../money/currency-minor-units";
import { roundTo } from "../money/round-amount";
import { sumAmounts } from "../money/sum-amounts";
import { applyPayoutPolicies } from "../payout/index";
import { applyCaps } from "./apply-caps";
import { applyClawbacks } from "./apply-clawbacks";
import { type AttainmentDec, buildPayeeContext } from "./build-payee-context";
import { calculateComponent } from "./calculate-component";
import type { PayeePeriodInput, PayeePeriodResult, ResultLine } from "./calculation";
import type { DraftLine } from "./draft-line";
import { evaluatePlanVariables } from "./evaluate-plan-variables";
import { findNextTier } from "./find-next-tier";
import { ZERO } from "./parse-tier-table";
import { roundLines } from "./round-lines";

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
    lines.push(...applyCaps(ctx, component, lines));
    ctx.componentTotals.set(
      component.name,
      lines.reduce((sum, line) => sum.plus(line.exact), ZERO),
    );
    drafts.push(...lines);
  }
  drafts.push(...applyClawbacks(ctx, drafts));
  const { lines, earned } = roundLines(input.plan, drafts);
  const zero = roundTo(
    "0",
    input.plan.rounding.places ?? currencyMinorUnits(input.plan.currency),
    "half_even",
  );
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
    earnedByComponent: sumBy(lines, (line) => line.component, componentNames, zero),
    earnedByTransaction: sumBy(lines, (line) => line.transactionId, [], zero),
    next: payout.next,
    nextTier: findNextTier(ctx),
  };
}

function ratioText(figures: AttainmentDec): string | null {
  return figures.ratio === null ? null : figures.ratio.toFixed(4);
}

// Sums rounded amounts by key (scale as PostgreSQL numeric); `always` keys appear even when nothing was earned.
function sumBy(
  lines: ResultLine[],
  keyOf: (line: ResultLine) => string | null,
  always: string[],
  zero: string,
) {
  const amounts = new Map<string, string[]>(always.map((key) => [key, [zero]]));
  for (const line of lines) {
    const key = keyOf(line);
    if (key === null) continue;
    const list = amounts.get(key);
    if (list) list.push(line.amount);
    else amounts.set(key, [line.amount]);
  }
  return Object.fromEntries([...amounts].map(([key, list]) => [key, sumAmounts(list)]));
}
