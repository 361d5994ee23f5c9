import type { ResultLine, ResultLineKind, TraceStep } from "../comp/calculation";
import { type Dec, formatDec } from "../money/decimal";
import type { PayoutMoney } from "./types";

/** The component name payout lines carry; the plan validator reserves it so no plan component can share it. */
export const PAYOUT_COMPONENT = "payout";

/**
 * A payout effect as a result line: component "payout", no credit, `amount` signed by its effect on payable
 * (hold −, release +, holdback −, advance +, recovery −). Amounts are already at the minor unit, so exact = amount.
 */
export function payoutLine(
  kind: ResultLineKind,
  amount: Dec,
  money: PayoutMoney,
  step: TraceStep,
  transactionId: string | null = null,
): ResultLine {
  const text = formatDec(amount, money.places);
  return {
    component: PAYOUT_COMPONENT,
    kind,
    creditId: null,
    transactionId,
    exact: text,
    amount: text,
    trace: [step],
  };
}

/** Writes a Dec at the payout's minor unit (the value must already fit). */
export function moneyText(value: Dec, money: PayoutMoney): string {
  return formatDec(value, money.places);
}
