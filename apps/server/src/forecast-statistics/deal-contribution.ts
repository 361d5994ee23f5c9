import type Decimal from "decimal.js";
import { dealExpectedValue, roundProbability } from "@attain/engine";
import type { ScoredDeal } from "./score-open-opportunities";

export type Exclusion = "noAmount" | "negativeAmount" | "noRate";

export type DealContribution =
  | { included: false; reason: Exclusion }
  | {
      included: true;
      expectedValue: Decimal;
      /** p_win × p_in_period, both as shown (4 dp): what the simulation draws with. */
      probability: number;
      amountCents: number;
      winProbability: string;
      closeInPeriodProbability: string;
    };

/** What one open deal adds to a period: left out (with the reason) when it has no usable reporting amount. */
export function dealContribution(deal: ScoredDeal): DealContribution {
  if (deal.amount === null) return { included: false, reason: "noAmount" };
  if (deal.reportingAmount === null) return { included: false, reason: "noRate" };
  if (deal.reportingAmount.startsWith("-")) return { included: false, reason: "negativeAmount" };
  const winProbability = roundProbability(deal.winProbability);
  const closeInPeriodProbability = roundProbability(deal.closeInPeriodProbability);
  return {
    included: true,
    expectedValue: dealExpectedValue({
      amount: deal.reportingAmount,
      winProbability: deal.winProbability,
      closeInPeriodProbability: deal.closeInPeriodProbability,
    }),
    probability: Number(winProbability) * Number(closeInPeriodProbability),
    // A reporting amount has 2 decimals, so × 100 rounded is its exact number of cents.
    amountCents: Math.round(Number(deal.reportingAmount) * 100),
    winProbability,
    closeInPeriodProbability,
  };
}
