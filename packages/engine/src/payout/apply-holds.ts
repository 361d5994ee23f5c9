import type { CalcPeriod, Holds, PriorPeriods, ResultLine } from "../comp/calculation";
import { Dec, toDec } from "../money/decimal";
import { roundDec } from "../money/round-amount";
import { moneyText, payoutLine } from "./payout-line";
import type { PayoutMoney } from "./types";

type OnHold = PriorPeriods["onHold"];

export type HoldsOutcome = { lines: ResultLine[]; newlyHeld: Dec; released: Dec; onHold: OnHold };

/**
 * Holds come first: a held payee's whole earned amount, or the earned lines of held transactions (summed per
 * transaction, rounded once), go on hold; `holds.release` pays out everything held in earlier periods.
 * Amounts held this period are never released in the same period.
 */
export function applyHolds(input: {
  period: CalcPeriod;
  earned: Dec;
  lines: readonly ResultLine[];
  prior: OnHold;
  holds: Holds;
  money: PayoutMoney;
}): HoldsOutcome {
  const { period, earned, holds, money } = input;
  const added = holds.payeeHeld
    ? [{ reason: `payee held in ${period.key}`, transactionId: null, amount: earned }]
    : heldTransactions(input.lines, holds.transactionIds, period, money);
  const lines: ResultLine[] = [];
  const newEntries: OnHold = [];
  let newlyHeld = new Dec(0);
  for (const hold of added.filter((h) => !h.amount.isZero())) {
    newlyHeld = newlyHeld.plus(hold.amount);
    const amount = moneyText(hold.amount, money);
    newEntries.push({ reason: hold.reason, amount });
    const detail = `${hold.reason}: ${amount} withheld until released`;
    const step = { rule: "payout.hold", detail, values: { amount, reason: hold.reason } };
    lines.push(payoutLine("hold", hold.amount.neg(), money, step, hold.transactionId));
  }
  let released = new Dec(0);
  if (holds.release) {
    for (const entry of input.prior) {
      const amount = toDec(entry.amount);
      released = released.plus(amount);
      const detail = `released: ${entry.reason} (${entry.amount})`;
      const step = {
        rule: "payout.hold_release",
        detail,
        values: { amount: entry.amount, reason: entry.reason },
      };
      lines.push(payoutLine("hold_release", amount, money, step));
    }
  }
  const onHold = [...(holds.release ? [] : input.prior), ...newEntries];
  return { lines, newlyHeld, released, onHold };
}

function heldTransactions(
  lines: readonly ResultLine[],
  transactionIds: readonly string[],
  period: CalcPeriod,
  money: PayoutMoney,
): { reason: string; transactionId: string | null; amount: Dec }[] {
  const held = new Set(transactionIds);
  const sums = new Map<string, Dec>();
  for (const line of lines) {
    if (line.transactionId === null || !held.has(line.transactionId)) continue;
    sums.set(line.transactionId, (sums.get(line.transactionId) ?? new Dec(0)).plus(toDec(line.amount)));
  }
  // By transaction id, so the result does not depend on the order of the lines.
  return [...sums.keys()].sort().map((id) => ({
    reason: `transaction ${id} held in ${period.key}`,
    transactionId: id,
    amount: new Dec(roundDec(sums.get(id) ?? new Dec(0), money.places, money.mode)),
  }));
}
