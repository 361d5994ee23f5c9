import { daysBetween } from "../calendar/dates";
import { type Dec, toDec } from "../money/decimal";
import { divideDec } from "../money/divide-amount";
import type { PayeeContext } from "./build-payee-context";
import type { CreditLine, TraceStep } from "./calculation";
import type { DraftLine } from "./draft-line";
import { formatTraceAmount, formatTraceRate } from "./format-trace";
import { ONE, ZERO } from "./parse-tier-table";
import type { ClawbackPolicy } from "./plan";

/** The component name clawback lines carry (they take back commission across the plan's components). */
export const CLAWBACK_COMPONENT = "clawback";

/**
 * One "clawback" line per reversal credited this period: inside `windowDays` of the original's credit date it
 * takes back the original's earnings (earlier periods' from PriorPeriods.earnedByTransaction, plus this period's
 * lines) × the policy's share × the reversed part of the original; outside the window it takes nothing, and says so.
 */
export function applyClawbacks(ctx: PayeeContext, lines: DraftLine[]): DraftLine[] {
  const policy = ctx.plan.clawback;
  if (policy === null) return [];
  const originals = new Map<string, number>();
  ctx.credits.forEach((credit, index) => {
    if (credit.reversalOf === null && !originals.has(credit.transactionId))
      originals.set(credit.transactionId, index);
  });
  const earned = new Map<string, Dec>();
  for (const [id, amount] of Object.entries(ctx.input.prior.earnedByTransaction))
    earned.set(id, toDec(amount));
  for (const line of lines) {
    if (line.transactionId !== null)
      earned.set(line.transactionId, (earned.get(line.transactionId) ?? ZERO).plus(line.exact));
  }
  const measure = ctx.measure(ctx.plan.quotaMeasure);
  const out: DraftLine[] = [];
  for (let i = ctx.firstInPeriod; i < ctx.credits.length; i++) {
    const reversal = ctx.credits[i] as CreditLine;
    if (reversal.reversalOf === null) continue;
    const originalIndex = originals.get(reversal.reversalOf);
    const original = originalIndex === undefined ? undefined : ctx.credits[originalIndex];
    const steps: TraceStep[] = [];
    const rule = `Clawback (${policy.method}, ${policy.windowDays} days)`;
    let exact = ZERO;
    if (!original) {
      steps.push({
        rule,
        detail: `original ${reversal.reversalOf} not credited in this plan year: nothing taken back`,
        values: {},
      });
    } else {
      const elapsed = daysBetween(original.date, reversal.date);
      const share = shareOf(policy, elapsed);
      const before = earned.get(original.transactionId) ?? ZERO;
      if (share === null) {
        steps.push({
          rule,
          detail: `reversed ${elapsed} days after ${original.date}, outside the window: nothing taken back`,
          values: { elapsed: String(elapsed) },
        });
      } else {
        const reversed = reversedPart(measure[i] as Dec, measure[originalIndex as number] as Dec);
        const take = before.gt(0)
          ? toDec(
              divideDec(before.times(share.numerator).times(reversed), share.denominator, 12, "half_even"),
            )
          : ZERO;
        exact = take.neg();
        earned.set(original.transactionId, before.minus(take));
        const detail = `${formatTraceAmount(before)} earned × ${formatTraceRate(toDec(divideDec(share.numerator, share.denominator, 6, "half_even")))} × ${formatTraceRate(reversed)} reversed = −${formatTraceAmount(take)}`;
        steps.push({
          rule,
          detail,
          values: { elapsed: String(elapsed), earned: before.toFixed(), taken: take.toFixed() },
        });
      }
    }
    out.push({
      component: CLAWBACK_COMPONENT,
      kind: "clawback",
      creditId: reversal.id,
      transactionId: reversal.reversalOf,
      exact,
      trace: steps,
    });
  }
  return out;
}

// The share taken back as a fraction (kept exact: prorated shares like 29/90 are divided once, at the amount).
function shareOf(policy: ClawbackPolicy, elapsed: number): { numerator: Dec; denominator: Dec } | null {
  if (elapsed > policy.windowDays) return null;
  const days = Math.max(0, elapsed);
  if (policy.method === "full") return { numerator: ONE, denominator: ONE };
  if (policy.method === "prorated")
    return {
      numerator: toDec(String(policy.windowDays - days)),
      denominator: toDec(String(policy.windowDays)),
    };
  const row = policy.schedule.find((r) => days <= r.withinDays);
  return { numerator: row ? toDec(row.share) : ZERO, denominator: ONE };
}

// A partial return takes back its share of the original: |reversal| / original, at most 1 (1 without a measure).
function reversedPart(reversal: Dec, original: Dec): Dec {
  if (original.lte(0) || reversal.isZero()) return ONE;
  const part = reversal.abs();
  return part.gte(original) ? ONE : toDec(divideDec(part, original, 12, "half_even"));
}
