import { daysBetween } from "../calendar/dates";
import { type Dec, toDec } from "../money/decimal";
import { divideDec } from "../money/divide-amount";
import type { PayeeContext } from "./build-payee-context";
import type { CreditLine, TraceStep } from "./calculation";
import { allocateCapCuts } from "./allocate-cap-cuts";
import type { DraftLine } from "./draft-line";
import { formatTraceAmount, formatTraceRate } from "./format-trace";
import { ONE, ZERO } from "./parse-tier-table";
import type { ClawbackPolicy } from "./plan";

/** The component name clawback lines carry (they take back commission across the plan's components). */
export const CLAWBACK_COMPONENT = "clawback";

/**
 * One "clawback" line per reversal credited this period: inside `windowDays` of the original's credit date it
 * takes back the original's earnings after caps × the policy's share × the reversed part of the original; outside
 * the window it takes nothing, and says so. Each return's share applies to the ORIGINAL earnings, never to what an
 * earlier return left, and never takes more than remains: 1,000 earned, two returns of 50 % → −500 and −500.
 * What remains is PriorPeriods.earnedByTransaction (net of earlier clawbacks) plus this period's lines (with their
 * share of period-level cap cuts); the original's earnings are that remainder ÷ (1 − the shares the year's earlier
 * returns of it took), each return's share being re-derived from its credit.
 */
export function applyClawbacks(ctx: PayeeContext, lines: DraftLine[]): DraftLine[] {
  const policy = ctx.plan.clawback;
  if (policy === null) return [];
  const originals = new Map<string, number>();
  let anyReversal = false;
  ctx.credits.forEach((credit, index) => {
    if (credit.reversalOf !== null) anyReversal = true;
    else if (!originals.has(credit.transactionId)) originals.set(credit.transactionId, index);
  });
  if (!anyReversal) return [];
  const earned = new Map<string, Dec>();
  for (const [id, amount] of Object.entries(ctx.input.prior.earnedByTransaction))
    earned.set(id, toDec(amount));
  for (const line of lines) {
    if (line.transactionId !== null)
      earned.set(line.transactionId, (earned.get(line.transactionId) ?? ZERO).plus(line.exact));
  }
  const capLines = lines.map((l) => ({ ...l, amount: l.exact }));
  for (const [id, share] of allocateCapCuts(capLines, 12))
    earned.set(id, (earned.get(id) ?? ZERO).plus(share));
  const measure = ctx.measure(ctx.plan.quotaMeasure);
  // Per original: the reversed part so far (at most 1) and the share of its earnings taken so far (a fraction).
  const returned = new Map<string, { part: Dec; taken: Fraction }>();
  const out: DraftLine[] = [];
  for (let i = 0; i < ctx.credits.length; i++) {
    const reversal = ctx.credits[i] as CreditLine;
    if (reversal.reversalOf === null) continue;
    const inPeriod = i >= ctx.firstInPeriod;
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
      const state = returned.get(original.transactionId) ?? { part: ZERO, taken: NONE };
      const whole = reversedPart(measure[i] as Dec, measure[originalIndex as number] as Dec);
      const left = ONE.minus(state.part);
      const reversed = whole.gt(left) ? (left.isNegative() ? ZERO : left) : whole;
      const before = earned.get(original.transactionId) ?? ZERO;
      const thisShare: Fraction =
        share === null
          ? NONE
          : { numerator: share.numerator.times(reversed), denominator: share.denominator };
      returned.set(original.transactionId, {
        part: state.part.plus(reversed),
        taken: add(state.taken, thisShare),
      });
      if (!inPeriod) continue;
      if (share === null) {
        steps.push({
          rule,
          detail: `reversed ${elapsed} days after ${original.date}, outside the window: nothing taken back`,
          values: { elapsed: String(elapsed) },
        });
      } else {
        // remaining = original × (1 − taken), so original × this share = remaining × this share / (1 − taken).
        const rest = state.taken.denominator.minus(state.taken.numerator);
        let take = ZERO;
        if (before.gt(0) && !thisShare.numerator.isZero()) {
          take = rest.lte(0)
            ? before
            : toDec(
                divideDec(
                  before.times(thisShare.numerator).times(state.taken.denominator),
                  thisShare.denominator.times(rest),
                  12,
                  "half_even",
                ),
              );
          if (take.gt(before)) take = before;
        }
        exact = take.neg();
        earned.set(original.transactionId, before.minus(take));
        const shareText = formatTraceRate(
          toDec(divideDec(share.numerator, share.denominator, 6, "half_even")),
        );
        const base = state.taken.numerator.isZero()
          ? `${formatTraceAmount(before)} earned`
          : `${formatTraceAmount(before)} left after earlier returns (${formatTraceRate(toDec(divideDec(rest, state.taken.denominator, 6, "half_even")))} of the original's earnings)`;
        const detail = `${base} × ${shareText} × ${formatTraceRate(reversed)} reversed of the original = −${formatTraceAmount(take)}`;
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

type Fraction = { numerator: Dec; denominator: Dec };
const NONE: Fraction = { numerator: ZERO, denominator: ONE };

function add(a: Fraction, b: Fraction): Fraction {
  if (b.numerator.isZero()) return a;
  if (a.numerator.isZero()) return b;
  if (a.denominator.eq(b.denominator))
    return { numerator: a.numerator.plus(b.numerator), denominator: a.denominator };
  return {
    numerator: a.numerator.times(b.denominator).plus(b.numerator.times(a.denominator)),
    denominator: a.denominator.times(b.denominator),
  };
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
