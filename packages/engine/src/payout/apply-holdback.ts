import type { CalcPeriod, PriorPeriods, ResultLine } from "../comp/calculation";
import type { HoldbackPolicy } from "../comp/plan";
import { EngineInputError } from "../errors";
import { Dec, toDec } from "../money/decimal";
import { roundDec } from "../money/round-amount";
import { countPeriodsBetween } from "./count-periods-between";
import { moneyText, payoutLine } from "./payout-line";
import type { PayoutMoney } from "./types";

type HeldBack = PriorPeriods["heldBack"];

export type HoldbackOutcome = { lines: ResultLine[]; heldBack: Dec; released: Dec; remaining: HeldBack };

/**
 * Holds back `share` of the positive earned amount not on hold (rounded once in the plan's mode), and releases
 * each earlier holdback once `releaseAfterPeriods` periods have passed since the period it was held in (or more,
 * should a period have been skipped). Without a policy nothing is held, and earlier holdbacks are released:
 * nothing is left to keep them for.
 */
export function applyHoldback(input: {
  policy: HoldbackPolicy | null;
  period: CalcPeriod;
  eligible: Dec;
  prior: HeldBack;
  money: PayoutMoney;
}): HoldbackOutcome {
  const { policy, period, money } = input;
  if (policy) checkPolicy(policy);
  const lines: ResultLine[] = [];
  const remaining: HeldBack = [];
  let heldBack = new Dec(0);
  if (policy && input.eligible.greaterThan(0)) {
    heldBack = new Dec(roundDec(input.eligible.times(toDec(policy.share)), money.places, money.mode));
  }
  if (!heldBack.isZero() && policy) {
    const amount = moneyText(heldBack, money);
    const eligible = moneyText(input.eligible, money);
    const detail = `${policy.share} of ${eligible} held back until ${policy.releaseAfterPeriods} period(s) after ${period.key}: ${amount} (${money.mode})`;
    const values = {
      eligible,
      share: policy.share,
      amount,
      releaseAfterPeriods: String(policy.releaseAfterPeriods),
    };
    lines.push(payoutLine("holdback", heldBack.neg(), money, { rule: "payout.holdback", detail, values }));
  }
  let released = new Dec(0);
  for (const entry of input.prior) {
    const elapsed = countPeriodsBetween(entry.period, period.key);
    if (policy && elapsed < policy.releaseAfterPeriods) {
      remaining.push(entry);
      continue;
    }
    released = released.plus(toDec(entry.amount));
    const why = policy ? `${elapsed} period(s) after` : "the plan has no holdback policy; held in";
    const detail = `holdback released: ${entry.amount}, ${why} ${entry.period}`;
    const values = { amount: entry.amount, heldIn: entry.period, periodsElapsed: String(elapsed) };
    const step = { rule: "payout.holdback_release", detail, values };
    lines.push(payoutLine("holdback_release", toDec(entry.amount), money, step));
  }
  if (!heldBack.isZero()) remaining.push({ period: period.key, amount: moneyText(heldBack, money) });
  return { lines, heldBack, released, remaining };
}

function checkPolicy(policy: HoldbackPolicy): void {
  const share = toDec(policy.share);
  // 1 itself is refused, as the plan validator does: holding back everything would pay nothing until release.
  if (share.isNegative() || share.greaterThanOrEqualTo(1)) {
    throw new EngineInputError(
      `A holdback share must be from 0 to 1, 1 excluded (a share of 1 would pay nothing now), got ${policy.share}`,
      policy.share,
    );
  }
  if (!Number.isInteger(policy.releaseAfterPeriods) || policy.releaseAfterPeriods < 1) {
    throw new EngineInputError(
      `A holdback is released at least 1 period later, got releaseAfterPeriods ${policy.releaseAfterPeriods}`,
      policy.releaseAfterPeriods,
    );
  }
}
