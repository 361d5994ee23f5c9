import type { Dec } from "../money/decimal";
import { toDec } from "../money/decimal";
import type { PayeeContext } from "./build-payee-context";
import type { CreditLine, TraceStep } from "./calculation";
import { creditStep, measureText, untracedCreditStep } from "./credit-step";
import type { DraftLine } from "./draft-line";
import { rateAtDec } from "./evaluate-tiers";
import { findTierTable } from "./find-table";
import { formatTraceAmount, formatTraceRate, groupDigits } from "./format-trace";
import { ONE, parseTierTable, ZERO } from "./parse-tier-table";
import type { OverrideComponent } from "./plan";
import { ruleStep } from "./rule-step";
import { selectCredits } from "./select-credits";
import { tierBandRule } from "./trace-tier-bands";

/**
 * Manager override on the period's roll-up credits: each credit pays the rate on its part above `threshold` of the
 * running team total (threshold 0 = first dollar). The rate is flat, or the retroactive band reached by team
 * attainment = roll-up credit / teamQuotas of the period (no team quota: band 1).
 */
export function calculateOverride(ctx: PayeeContext, c: OverrideComponent): DraftLine[] {
  const selected = selectCredits(ctx, c.measure, { roles: ["rollup"] }, ctx.firstInPeriod);
  const values = ctx.measure(c.measure);
  let team = ZERO;
  for (const i of selected) team = team.plus(values[i] as Dec);
  const { rate, step } = overrideRate(ctx, c, team);
  const threshold = toDec(c.threshold);
  const thresholdText = formatTraceAmount(threshold);
  const fromZero = threshold.isZero();
  const rateText = formatTraceRate(rate);
  const rule = `Override '${c.name}' threshold ${c.threshold}`;
  let total = ZERO;
  let totalText = formatTraceAmount(total);
  return selected.map((i) => {
    const credit = ctx.credits[i] as CreditLine;
    const value = values[i] as Dec;
    const before = total;
    const beforeText = totalText;
    total = total.plus(value);
    if (ctx.traced) totalText = formatTraceAmount(total);
    // From a threshold of 0 and a team total that only grows, the part above it is the credit itself.
    const above =
      fromZero && !before.isNegative() && !value.isNegative()
        ? value
        : aboveThreshold(total, threshold).minus(aboveThreshold(before, threshold));
    const exact = above.times(rate);
    if (!ctx.traced)
      return {
        component: c.name,
        kind: "override",
        creditId: credit.id,
        transactionId: credit.transactionId,
        exact,
        trace: [untracedCreditStep(c.name), step, ruleStep(rule)],
      };
    // Each figure is written once: the credit's measure (the part above, from a threshold of 0) and the amount,
    // which rounding reads back from `written` instead of printing the Dec again.
    const valueText = measureText(credit, c.measure, value);
    const aboveText = above === value ? valueText : above.toFixed();
    const exactText = exact.toFixed();
    const detail = `team total ${beforeText} → ${totalText}, above ${thresholdText}: ${groupDigits(aboveText)} × ${rateText} = ${groupDigits(exactText)}`;
    const trace: TraceStep[] = [
      creditStep(c.name, credit, c.measure, value, valueText),
      step,
      { rule, detail, values: { above: aboveText } },
    ];
    return {
      component: c.name,
      kind: "override",
      creditId: credit.id,
      transactionId: credit.transactionId,
      exact,
      trace,
      written: { exact, text: exactText },
    };
  });
}

function aboveThreshold(total: Dec, threshold: Dec): Dec {
  return total.gt(threshold) ? total.minus(threshold) : ZERO;
}

function overrideRate(ctx: PayeeContext, c: OverrideComponent, team: Dec): { rate: Dec; step: TraceStep } {
  if (c.rate.kind === "flat") {
    const rate = toDec(c.rate.rate);
    return {
      rate,
      step: {
        rule: `Flat rate of '${c.name}'`,
        detail: formatTraceRate(rate),
        values: { rate: c.rate.rate },
      },
    };
  }
  const table = parseTierTable(findTierTable(ctx.plan, c.rate.table, `${ctx.where}, component '${c.name}'`));
  const quotaText = ctx.input.teamQuotas[ctx.period.key];
  const quota = quotaText === undefined ? null : toDec(quotaText);
  if (table.table.basis === "attainment" && (quota === null || quota.lte(0))) {
    const rate = table.rate[0] as Dec;
    const detail = `no team quota for ${ctx.period.key}: band 1, ${formatTraceRate(rate)}`;
    return { rate, step: { rule: tierBandRule(table.table, 0), detail, values: { rate: rate.toFixed() } } };
  }
  // Team attainment is compared with the bands exactly (bands × team quota), not through a rounded ratio.
  const { band, rate } = rateAtDec(table, team, table.table.basis === "attainment" ? (quota as Dec) : ONE);
  const detail = `team credit ${formatTraceAmount(team)} / quota ${quota ? formatTraceAmount(quota) : "none"} → ${formatTraceRate(rate)}`;
  const values = { team: team.toFixed(), teamQuota: quotaText ?? "", rate: rate.toFixed() };
  return { rate, step: { rule: `${tierBandRule(table.table, band)}, team attainment`, detail, values } };
}
