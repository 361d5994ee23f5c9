import type { CalcPeriod, ResultLine } from "../comp/calculation";
import type { DrawPolicy } from "../comp/plan";
import { EngineInputError } from "../errors";
import { Dec, scaleOf, toDec } from "../money/decimal";
import { roundDec } from "../money/round-amount";
import { drawTermOf } from "./draw-term";
import { moneyText, payoutLine } from "./payout-line";
import type { PayoutMoney } from "./types";

export type DrawOutcome = { lines: ResultLine[]; advance: Dec; recovered: Dec; balance: Dec; payable: Dec };

/**
 * The last payout step, on `basis` = what would be paid after holds and holdbacks. While the draw is active the
 * payee is paid at least `amount`: a recoverable shortfall is advanced and owed, a non-recoverable one is a top-up
 * nobody owes. A negative basis (clawbacks above earnings) is paid as 0 and its absolute value is owed, draw or no
 * draw. An owed balance is recovered from the basis above the draw (so recovery never pushes pay below the
 * guarantee), at most `recoveryShare` of the basis while the draw is active; the first period after `until`
 * forgives what is still owed.
 */
export function applyDraw(input: {
  policy: DrawPolicy | null;
  period: CalcPeriod;
  basis: Dec;
  balance: Dec;
  money: PayoutMoney;
}): DrawOutcome {
  const { policy, basis, money } = input;
  if (policy) checkPolicy(policy, money);
  const lines: ResultLine[] = [];
  const m = (d: Dec) => moneyText(d, money);
  const term = policy ? drawTermOf(policy.until, input.period) : "after";
  let balance = input.balance;
  if (balance.isNegative() || balance.decimalPlaces() > money.places) {
    throw new EngineInputError(
      `A draw balance is what the payee owes: a non-negative amount in ${money.currency}, got ${balance.toFixed()}`,
      balance.toFixed(),
    );
  }
  if (policy && term === "first_after" && balance.greaterThan(0)) {
    const detail = `the draw ended on ${policy.until}: unrecovered balance ${m(balance)} forgiven`;
    const step = {
      rule: "payout.draw_forgiven",
      detail,
      values: { forgiven: m(balance), until: `${policy.until}` },
    };
    lines.push(payoutLine("draw_recovery", new Dec(0), money, step));
    balance = new Dec(0);
  }
  const active = policy !== null && term === "active";
  const floor = active ? toDec(policy.amount) : new Dec(0);
  let advance = new Dec(0);
  let recovered = new Dec(0);
  if (basis.isNegative()) {
    const carried = basis.neg();
    balance = balance.plus(carried);
    advance = advance.plus(carried);
    const detail = `earnings after holds ${m(basis)} are negative: paid 0.00, ${m(carried)} carried as a balance to recover`;
    const values = { basis: m(basis), carried: m(carried), balance: m(balance) };
    lines.push(
      payoutLine("draw_advance", carried, money, { rule: "payout.negative_carried", detail, values }),
    );
  }
  const earnedPart = Dec.max(basis, 0);
  if (active && earnedPart.lessThan(floor)) {
    const topUp = floor.minus(earnedPart);
    advance = advance.plus(topUp);
    const recoverable = policy.kind === "recoverable";
    if (recoverable) balance = balance.plus(topUp);
    const detail = recoverable
      ? `${m(earnedPart)} is below the draw ${m(floor)}: advance ${m(topUp)}, owed until recovered (balance ${m(balance)})`
      : `${m(earnedPart)} is below the guarantee ${m(floor)}: top-up ${m(topUp)}, never recovered`;
    const values = { basis: m(earnedPart), draw: m(floor), advance: m(topUp), balance: m(balance) };
    lines.push(
      payoutLine("draw_advance", topUp, money, { rule: `payout.draw.${policy.kind}`, detail, values }),
    );
  } else if (balance.greaterThan(0) && earnedPart.greaterThan(floor)) {
    const share = active ? toDec(policy.recoveryShare) : new Dec(1);
    // Truncated (mode "down"), so a recovery never takes more than the stated share.
    const shareLimit = new Dec(roundDec(earnedPart.times(share), money.places, "down"));
    recovered = Dec.min(balance, earnedPart.minus(floor), shareLimit);
    if (recovered.greaterThan(0)) {
      balance = balance.minus(recovered);
      const detail = `recovered ${m(recovered)} of the balance from ${m(earnedPart)} (limits: above the draw ${m(earnedPart.minus(floor))}, ${share.toFixed()} share ${m(shareLimit)}); balance ${m(balance)}`;
      const values = {
        basis: m(earnedPart),
        recovered: m(recovered),
        balance: m(balance),
        recoveryShare: share.toFixed(),
      };
      lines.push(
        payoutLine("draw_recovery", recovered.neg(), money, { rule: "payout.draw_recovery", detail, values }),
      );
    }
  }
  const payable = active && earnedPart.lessThan(floor) ? floor : earnedPart.minus(recovered);
  return { lines, advance, recovered, balance, payable };
}

function checkPolicy(policy: DrawPolicy, money: PayoutMoney): void {
  if (policy.kind !== "recoverable" && policy.kind !== "non_recoverable") {
    throw new EngineInputError(
      `A draw is recoverable or non_recoverable, got ${JSON.stringify(policy.kind)}`,
      policy.kind,
    );
  }
  if (toDec(policy.amount).isNegative() || scaleOf(policy.amount) > money.places) {
    throw new EngineInputError(
      `A draw amount must be a non-negative amount in ${money.currency} (at most ${money.places} decimals), got ${policy.amount}`,
      policy.amount,
    );
  }
  const share = toDec(policy.recoveryShare);
  if (share.isNegative() || share.greaterThan(1)) {
    throw new EngineInputError(
      `A recovery share must be from 0 to 1, got ${policy.recoveryShare}`,
      policy.recoveryShare,
    );
  }
}
