import type { CalcPeriod, Holds, PriorPeriods, ResultLine } from "../comp/calculation";
import type { PlanDefinition } from "../comp/plan";
import type { RoundingMode } from "../money/round-amount";

/** What the comp engine hands the payout stage for one payee and period (docs/calculations/payout.md). */
export type PayoutInput = {
  plan: PlanDefinition;
  period: CalcPeriod;
  /** The period's earned total, already rounded to the plan currency's minor unit. */
  earned: string;
  /** The period's earned lines; held transactions are found by their `transactionId`. */
  lines: ResultLine[];
  prior: PriorPeriods;
  holds: Holds;
};

/**
 * payable = earned − onHold + released − heldBack + drawAdvance − drawRecovered, and is never negative.
 * `onHold` and `heldBack` are what was newly withheld this period; `released` is holds and holdbacks paid out.
 */
export type PayoutTotals = {
  drawAdvance: string;
  drawRecovered: string;
  heldBack: string;
  released: string;
  onHold: string;
  payable: string;
};

export type PayoutResult = {
  /** Only the payout lines (hold, holdback, draw…), each signed by its effect on payable. */
  lines: ResultLine[];
  totals: PayoutTotals;
  next: Pick<PriorPeriods, "drawBalance" | "heldBack" | "onHold">;
};

/** The currency and rounding every payout amount is written in: the plan currency's minor unit. */
export type PayoutMoney = { currency: string; places: number; mode: RoundingMode };
