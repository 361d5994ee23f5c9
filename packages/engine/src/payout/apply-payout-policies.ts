import { currencyMinorUnits } from "../money/currency-minor-units";
import { Dec, toDec } from "../money/decimal";
import { roundDec } from "../money/round-amount";
import { applyDraw } from "./apply-draw";
import { applyHoldback } from "./apply-holdback";
import { applyHolds } from "./apply-holds";
import { moneyText } from "./payout-line";
import type { PayoutInput, PayoutMoney, PayoutResult } from "./types";

/**
 * From earned to payable for one payee and period: holds, then holdback, then draws (docs/calculations/payout.md).
 * Returns only the payout lines, each signed by its effect on payable, so
 * payable = earned + Σ payout lines = earned − onHold + released − heldBack + drawAdvance − drawRecovered ≥ 0.
 */
export function applyPayoutPolicies(input: PayoutInput): PayoutResult {
  const { plan, period, prior, holds } = input;
  const money: PayoutMoney = {
    currency: plan.currency,
    places: currencyMinorUnits(plan.currency),
    mode: plan.rounding.mode,
  };
  // Already rounded by the caller; rounding again in the plan's mode changes nothing then, and keeps payouts
  // at the minor unit should a caller pass more digits.
  const earned = new Dec(roundDec(toDec(input.earned), money.places, money.mode));
  const held = applyHolds({ period, earned, lines: input.lines, prior: prior.onHold, holds, money });
  const eligible = earned.minus(held.newlyHeld);
  const holdback = applyHoldback({ policy: plan.holdback, period, eligible, prior: prior.heldBack, money });
  const basis = eligible.plus(held.released).minus(holdback.heldBack).plus(holdback.released);
  const draw = applyDraw({ policy: plan.draw, period, basis, balance: toDec(prior.drawBalance), money });
  const m = (d: Dec) => moneyText(d, money);
  return {
    lines: [...held.lines, ...holdback.lines, ...draw.lines],
    totals: {
      drawAdvance: m(draw.advance),
      drawRecovered: m(draw.recovered),
      heldBack: m(holdback.heldBack),
      released: m(held.released.plus(holdback.released)),
      onHold: m(held.newlyHeld),
      payable: m(draw.payable),
    },
    next: { drawBalance: m(draw.balance), heldBack: holdback.remaining, onHold: held.onHold },
  };
}
